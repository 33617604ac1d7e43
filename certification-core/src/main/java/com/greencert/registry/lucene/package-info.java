/**
 * The embedded engine of the registry: a Lucene index on this node's disk, its analyzers (SmartChinese, ICU
 * pinyin, English company-name normalisation) and the query built from the user's text (never parsed as syntax).
 */
package com.greencert.registry.lucene;
