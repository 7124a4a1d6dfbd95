package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands an importer's records to another sink on a second thread, so that parsing the file and
 * writing the project overlap (an import is otherwise two sequential costs on one core). Records
 * keep their order; they travel in batches through a bounded queue, so memory stays bounded when
 * the writer is slower than the parser.
 *
 * <p>A failure of the writer is rethrown to the importer's thread at its next record or at
 * {@link #finish()}; {@link #close()} stops the writer and waits for it, so the target may be
 * rolled back safely on the calling thread afterwards.
 */
public final class PipelinedSink implements InventorySink, AutoCloseable {
    private static final int BATCH = 512;
    private static final int QUEUE_BATCHES = 16;
    private static final List<Consumer<InventorySink>> END = new ArrayList<>();

    private final InventorySink target;
    private final BlockingQueue<List<Consumer<InventorySink>>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread writer;
    private List<Consumer<InventorySink>> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean stopping;
    private boolean finished;

    public PipelinedSink(InventorySink target) {
        this.target = target;
        this.writer = new Thread(this::drain, "mhub-import-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain() {
        try {
            while (true) {
                List<Consumer<InventorySink>> next = queue.take();
                if (next == END) {
                    return;
                }
                if (failure == null && !stopping) {
                    for (Consumer<InventorySink> op : next) {
                        op.accept(target);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            // keep taking until the end marker, so the producer never blocks on a full queue
            drainAfterFailure();
        }
    }

    private void drainAfterFailure() {
        try {
            while (queue.take() != END) {
                // discarded: the import has failed and will be rolled back
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Consumer<InventorySink> op) {
        rethrow();
        batch.add(op);
        if (batch.size() >= BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void send(List<Consumer<InventorySink>> ops) {
        try {
            while (!queue.offer(ops, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("the import writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** Waits until every record has reached the target; rethrows the writer's failure. */
    public void finish() {
        if (!finished) {
            finished = true;
            if (!batch.isEmpty()) {
                send(batch);
            }
            send(END);
            join();
        }
        rethrow();
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writer (discarding what it has not written yet) and waits for it. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            stopping = true;
            queue.clear();
            send(END);
            join();
        }
    }

    @Override
    public void source(String tool, String toolVersion) {
        add(t -> t.source(tool, toolVersion));
    }

    @Override
    public void server(Server server) {
        add(t -> t.server(server));
    }

    @Override
    public void disk(ServerKey server, Disk disk) {
        add(t -> t.disk(server, disk));
    }

    @Override
    public void nic(ServerKey server, Nic nic) {
        add(t -> t.nic(server, nic));
    }

    @Override
    public void partition(ServerKey server, Partition partition) {
        add(t -> t.partition(server, partition));
    }

    @Override
    public void utilization(ServerKey server, UtilizationStat stat) {
        add(t -> t.utilization(server, stat));
    }

    @Override
    public void tags(ServerKey server, Map<String, String> tags, SourceRef source) {
        add(t -> t.tags(server, tags, source));
    }

    @Override
    public void host(Host host) {
        add(t -> t.host(host));
    }

    @Override
    public void cluster(Cluster cluster) {
        add(t -> t.cluster(cluster));
    }

    @Override
    public void datastore(Datastore datastore) {
        add(t -> t.datastore(datastore));
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        add(t -> t.skipped(where, reason));
    }

    @Override
    public void warning(SourceRef where, String message) {
        add(t -> t.warning(where, message));
    }
}
