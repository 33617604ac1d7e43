/**
 * Work one node of the cluster does for all, now and then (ADR 0021): a job is a row every node shares; a node
 * runs the job's round only after claiming it ({@link ClusterJobs#claimIfDue}).
 */
package com.greencert.shared.cluster.domain;
