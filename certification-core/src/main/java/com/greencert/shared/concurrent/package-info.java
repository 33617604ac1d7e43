/** Work handed to another thread and waited for: its failure comes back as it was thrown. */
package com.greencert.shared.concurrent;
