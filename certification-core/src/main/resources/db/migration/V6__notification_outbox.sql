-- Notifications waiting to be mailed (the transactional outbox), and who has been mailed. Shared by all
-- tenants and all nodes, not tenant-owned. A node takes a row by a conditional UPDATE
-- (status PENDING -> SENDING, claimed_by, claimed_at); a SENDING row whose claim is older than the claim
-- timeout belonged to a node that died and may be taken again.
CREATE TABLE notification_outbox (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    origin_tenant_id VARCHAR(64),
    recipients       VARCHAR(1000) NOT NULL,
    template_key     VARCHAR(100)  NOT NULL,
    template_args    VARCHAR(4000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       TIMESTAMP(6),
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP(6)  NOT NULL,
    finished_at      TIMESTAMP(6)
);
CREATE INDEX ix_notification_outbox_due ON notification_outbox (status, next_attempt_at);

CREATE TABLE notification_delivery (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    outbox_id    CHAR(36)     NOT NULL,
    recipient    VARCHAR(200) NOT NULL,
    email        VARCHAR(320) NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    delivered_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_notification_delivery_outbox FOREIGN KEY (outbox_id) REFERENCES notification_outbox (id)
);
CREATE INDEX ix_notification_delivery_outbox ON notification_delivery (outbox_id);
