package com.migrationhub.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A network adapter of a server. */
public class Nic {
    public String label;
    public String mac;
    public List<String> ipv4 = new ArrayList<>();
    public List<String> ipv6 = new ArrayList<>();
    public String network;
    public String adapterType;
    public Boolean connected;
    public SourceRef source;
}
