package com.greencert.criteria.domain;

import com.greencert.certification.domain.SchemeId;
import java.util.Map;
import java.util.Optional;

/**
 * Port: how a person knows the certification schemes a criterion may name (the schemes are the certification
 * feature's): code, version and name, in the reader's language ("zh" or else English). Published versions only.
 */
public interface SchemeTitles {

    /** The scheme's title; empty when no such published scheme exists. */
    Optional<String> title(SchemeId scheme, String language);

    /** Every published scheme version with its title, to choose from. */
    Map<SchemeId, String> published(String language);
}
