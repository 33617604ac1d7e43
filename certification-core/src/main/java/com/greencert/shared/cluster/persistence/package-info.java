/** The cluster jobs' rows ({@code cluster_job}), claimed by a conditional update. */
package com.greencert.shared.cluster.persistence;
