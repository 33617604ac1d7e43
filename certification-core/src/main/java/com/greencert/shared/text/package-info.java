/** Reading the text files people upload, whatever tool and language wrote them. */
package com.greencert.shared.text;
