/**
 * What every node needs to take part in cluster-wide jobs: its name ({@link ClusterNode}) and a tick on the
 * server's managed scheduler ({@link NodeSchedule}); the database decides which node does a round.
 */
package com.greencert.shared.cluster.service;
