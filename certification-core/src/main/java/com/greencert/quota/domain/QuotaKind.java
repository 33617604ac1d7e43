package com.greencert.quota.domain;

/** What a quota counts; the name in configuration keys and in the refusal's message key. */
public enum QuotaKind {
    PRODUCT("products", "product"),
    FACILITY("facilities", "facility"),
    EVIDENCE("evidence", "evidence");

    private final String configName;
    private final String messageName;

    QuotaKind(String configName, String messageName) {
        this.configName = configName;
        this.messageName = messageName;
    }

    /** As in {@code greencert.quota.<name>-per-minute}. */
    public String configName() {
        return configName;
    }

    /** The message key of a refusal: {@code quota.<kind>.per.minute} or {@code quota.<kind>.total}. */
    public String messageKey(QuotaOutcome outcome) {
        return "quota." + messageName + (outcome == QuotaOutcome.MINUTE_EXCEEDED ? ".per.minute" : ".total");
    }
}
