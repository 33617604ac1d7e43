package com.greencert.notification.service;

import com.greencert.notification.domain.Recipients;
import java.util.List;

/**
 * The identity provider's answer to "who is that?" when a notification is sent: the enabled people it
 * names, or the enabled members of the tenant who hold the role. Implemented against Keycloak's admin API.
 * Throws when the identity provider cannot answer (the notification is then tried again later).
 */
public interface RecipientDirectory {

    List<Recipient> resolve(Recipients recipients);
}
