/** Services ask before they create: a tenant over its write quota is refused with when to try again. */
package com.greencert.quota.service;
