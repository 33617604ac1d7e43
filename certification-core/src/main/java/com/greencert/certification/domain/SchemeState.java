package com.greencert.certification.domain;

/**
 * Where a scheme version stands: a DRAFT the body is still writing (editable, never offered to suppliers, no
 * application may be made against it), or PUBLISHED by the body (its rules frozen; changing them means a new
 * version, which starts as a draft).
 */
public enum SchemeState {
    DRAFT,
    PUBLISHED
}
