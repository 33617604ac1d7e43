/** The demo tenants and data a local run and the tests start with. */
package com.greencert.demo;
