/** Whether this node can serve: readiness of the database and of the identity provider's keys. */
package com.greencert.shared.health;
