package com.greencert.shared.cluster.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** This node's name in the rows it claims (host, process id and a random part; at most 100 characters). */
@ApplicationScoped
public class ClusterNode {

    private final String name = nodeName();

    public String name() {
        return name;
    }

    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
