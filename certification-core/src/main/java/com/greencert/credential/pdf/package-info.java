/** The printable certificate: a bilingual PDF with the certificate's facts and a QR code that opens its public verification. */
package com.greencert.credential.pdf;
