package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.SourceRef;

/** vDatastore: the datastores with their capacity, provisioned, in-use and free space. */
final class VDatastoreSheet implements SheetRowHandler {
    static final String SHEET = "vDatastore";

    private final RvContext context;
    private int name;
    private int vCenter;
    private int type;
    private int capacity;
    private int provisioned;
    private int inUse;
    private int free;
    private int hosts;
    private int cluster;

    VDatastoreSheet(RvContext context) {
        this.context = context;
    }

    @Override
    public void header(SheetHeader header) {
        name = header.column(RvColumns.NAME);
        if (name < 0) {
            context.sink.warning(RvContext.at(SHEET, header.rowNumber()), "no \"Name\" column; the sheet is not used");
            header.skipRows();
            return;
        }
        vCenter = header.column(RvColumns.VI_SDK_SERVER);
        type = header.column(RvColumns.TYPE);
        capacity = header.column(RvColumns.CAPACITY);
        provisioned = header.column(RvColumns.PROVISIONED);
        inUse = header.column(RvColumns.IN_USE);
        free = header.column(RvColumns.FREE);
        hosts = header.column(RvColumns.DATASTORE_HOSTS);
        cluster = header.column(RvColumns.CLUSTER_NAME);
    }

    @Override
    public void row(SheetRow row) {
        SourceRef where = RvContext.at(SHEET, row.number());
        String datastoreName = row.text(name);
        if (datastoreName == null) {
            context.sink.skipped(where, "no datastore name");
            return;
        }
        Datastore datastore = new Datastore();
        datastore.name = datastoreName;
        datastore.vCenter = context.vCenter(row.text(vCenter));
        datastore.type = row.text(type);
        datastore.capacityMiB = row.rounded(capacity);
        datastore.provisionedMiB = row.rounded(provisioned);
        datastore.inUseMiB = row.rounded(inUse);
        datastore.freeMiB = row.rounded(free);
        datastore.hostCount = row.integer(hosts);
        datastore.clusterName = row.text(cluster);
        datastore.source = where;
        context.sink.datastore(datastore);
    }
}
