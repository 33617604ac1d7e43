/** Moments in a node's life that other work waits for, such as the database schema being ready. */
package com.greencert.shared.lifecycle;
