package com.migrationhub.app.ui.dependencies;

import java.util.BitSet;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link GraphGeometry} on one {@link Canvas} that fills this region: edges first (hard
 * solid, soft lighter and dashed when zoomed in, soft ones hidden on request), then nodes batched
 * by colour, then labels where they have room once zoomed in far enough to read them. Pan by
 * dragging, zoom with the wheel around the mouse, click a node to select it (a grid finds it);
 * the selection's neighbours stay bright and the rest is dimmed.
 *
 * <p>Edges and nodes go into a {@link PixelRaster} (plain pixel arithmetic, shown as one image):
 * the canvas's vector paths cost seconds a frame for 40,000 edges in the software pipeline. Only
 * what is on screen is drawn; at low zoom nodes are squares; while the view moves, at most
 * {@value #EDGE_BUDGET_WHILE_MOVING} edges and about {@value #LINE_PIXELS_WHILE_MOVING} pixels of
 * lines are drawn (every n-th edge, the same ones each frame) and no labels, and everything once
 * it rests. Changes only mark the drawing stale; an {@link AnimationTimer} redraws at most once
 * per pulse and stops when nothing changes. Colours come from the theme's looked-up colours, so
 * light and dark both read.
 */
public final class GraphCanvas extends Region {
    /** Below this many pixels a unit, nodes are drawn as squares, edges thin. */
    private static final double SQUARES_BELOW = 10;
    /** From this many pixels a unit on, labels are drawn. */
    private static final double LABELS_FROM = 22;
    private static final int MAX_LABELS = 600;
    private static final Font LABEL_FONT = Font.font(11);
    private static final Font BOLD_FONT = Font.font(null, javafx.scene.text.FontWeight.BOLD, 12);
    /** While panning or zooming, at most this many edges are drawn; all of them once the view rests. */
    private static final int EDGE_BUDGET_WHILE_MOVING = 8_000;
    private static final double LINE_PIXELS_WHILE_MOVING = 700_000;
    private static final long REST_NANOS = 180_000_000L;
    private static final double MAX_SCALE = 160;

    private final Canvas canvas = new Canvas();
    private final Region probe = new Region();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final AnimationTimer timer;

    private GraphGeometry graph;
    private int[] category = new int[0];
    private Color[] palette = new Color[0];
    private int[][] buckets = new int[0][];
    private boolean showSoft = true;
    private BitSet litNodes;
    private BitSet litEdges;
    private int hover = -1;

    private double scale = 1;
    private double tx;
    private double ty;
    private boolean fitPending = true;
    /** True while the view shows the fitted map the user has not moved since: a resize fits again. */
    private boolean fitted;
    private double fitScale = 1;

    private boolean dirty = true;
    private boolean timerRunning;
    private boolean reducedLastFrame;
    private boolean restPending;
    private long lastMove;
    private long redraws;
    private long lastFrameNanos;
    private final BitSet drawnEdges = new BitSet();
    private PixelRaster raster;
    private int[] visible = new int[0];
    private int drawnNodes;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    private Color background = Color.WHITE;
    private Color foreground = Color.web("#1f2328");
    private Color muted = Color.web("#656d76");
    private Color subtle = Color.web("#8c959f");
    private Color accent = Color.web("#0969da");
    private Color none = Color.web("#8c959f");

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
        probe.setManaged(false);
        // kept visible (size 0, transparent) so that CSS resolves its colours
        probe.setOpacity(0);
        probe.setMouseTransparent(true);
        probe.resize(0, 0);
        probe.setStyle("-fx-background-color: -color-bg-default, -color-fg-default, -color-fg-muted, "
                + "-color-fg-subtle, -color-accent-fg;");
        probe.backgroundProperty().addListener((o, a, b) -> readTheme(b));
        getChildren().addAll(canvas, probe);
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        setCursor(Cursor.OPEN_HAND);
        selected.addListener(o -> requestRedraw());
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                timer.stop();
                timerRunning = false;
            } else {
                requestRedraw();
            }
        });
    }

    // ---- what to draw ------------------------------------------------------------------------

    /** Shows another graph; the view fits it once the canvas has a size. */
    public void setGraph(GraphGeometry graph) {
        this.graph = graph;
        this.litNodes = null;
        this.litEdges = null;
        this.hover = -1;
        if (category.length != (graph == null ? 0 : graph.nodeCount())) {
            setColours(new int[graph == null ? 0 : graph.nodeCount()], new Color[0]);
        }
        fitPending = true;
        fit();
    }

    public GraphGeometry graph() {
        return graph;
    }

    /**
     * Each node's colour: {@code category[node]} indexes {@code palette}; -1 (or beyond the
     * palette) is the theme's muted colour.
     */
    public void setColours(int[] category, Color[] palette) {
        this.category = category;
        this.palette = palette;
        int[] counts = new int[palette.length + 1];
        for (int c : category) {
            counts[bucketOf(c)]++;
        }
        int[][] b = new int[palette.length + 1][];
        for (int i = 0; i < b.length; i++) {
            b[i] = new int[counts[i]];
        }
        int[] fill = new int[b.length];
        for (int node = 0; node < category.length; node++) {
            int k = bucketOf(category[node]);
            b[k][fill[k]++] = node;
        }
        buckets = b;
        requestRedraw();
    }

    private int bucketOf(int c) {
        return c < 0 || c >= palette.length ? palette.length : c;
    }

    /** Whether soft dependencies are drawn. */
    public void setShowSoft(boolean show) {
        if (show != showSoft) {
            showSoft = show;
            requestRedraw();
        }
    }

    public boolean isShowSoft() {
        return showSoft;
    }

    /** Nodes and edges to keep bright while the rest is dimmed; null for none. */
    public void setHighlight(BitSet nodes, BitSet edges) {
        litNodes = nodes;
        litEdges = edges;
        requestRedraw();
    }

    /** The selected node, -1 for none; a click sets it. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Pixels per layout unit, relative to the fitted view (1 = fit). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    // ---- the view transform -------------------------------------------------------------------

    /** Shows the whole graph, centred. */
    public void fit() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (graph == null || w <= 0 || h <= 0) {
            fitPending = true;
            requestRedraw();
            return;
        }
        fitPending = false;
        fitted = true;
        double gw = Math.max(1, graph.maxX() - graph.minX()) + 2;
        double gh = Math.max(1, graph.maxY() - graph.minY()) + 2;
        fitScale = Math.min(MAX_SCALE, Math.min((w - 24) / gw, (h - 24) / gh));
        if (fitScale <= 0) {
            fitScale = 1e-3;
        }
        scale = fitScale;
        tx = w / 2 - (graph.minX() + graph.maxX()) / 2 * scale;
        ty = h / 2 - (graph.minY() + graph.maxY()) / 2 * scale;
        zoom.set(1);
        requestRedraw();
    }

    /** Moves the drawing by a distance in pixels: what a mouse drag does. */
    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
        moved();
    }

    /** Zooms by {@code factor} keeping the point under ({@code sx}, {@code sy}) (pixels) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(fitScale / 8, Math.min(MAX_SCALE, scale * factor));
        double f = next / scale;
        tx = sx - (sx - tx) * f;
        ty = sy - (sy - ty) * f;
        scale = next;
        zoom.set(scale / fitScale);
        moved();
    }

    /** Zooms around the centre of the canvas. */
    public void zoomBy(double factor) {
        zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Centres a node, zooming in far enough to read its neighbours' names. */
    public void centreOn(int node) {
        if (graph == null || node < 0 || node >= graph.nodeCount()) {
            return;
        }
        scale = Math.max(scale, Math.min(MAX_SCALE, LABELS_FROM * 1.3));
        zoom.set(scale / fitScale);
        tx = canvas.getWidth() / 2 - graph.x(node) * scale;
        ty = canvas.getHeight() / 2 - graph.y(node) * scale;
        fitPending = false;
        fitted = false;
        requestRedraw();
    }

    /** Where a node is drawn, in this region's coordinates. */
    public javafx.geometry.Point2D screenOf(int node) {
        return new javafx.geometry.Point2D(graph.x(node) * scale + tx, graph.y(node) * scale + ty);
    }

    /** The node drawn at a point of this region (within a few pixels), or -1. */
    public int nodeAt(double sx, double sy) {
        if (graph == null) {
            return -1;
        }
        double radiusPx = Math.max(6, nodeRadius() + 3);
        return graph.nodeNear((sx - tx) / scale, (sy - ty) / scale, radiusPx / scale);
    }

    private void moved() {
        lastMove = System.nanoTime();
        fitPending = false;
        fitted = false;
        requestRedraw();
    }

    // ---- what was drawn (for tests and the benchmark) ----------------------------------------

    /** The edges the last frame drew. */
    public BitSet drawnEdges() {
        return (BitSet) drawnEdges.clone();
    }

    /** How many nodes the last frame drew. */
    public int drawnNodes() {
        return drawnNodes;
    }

    /** How many frames were drawn since this canvas was made. */
    public long redraws() {
        return redraws;
    }

    /** How long the last frame took to issue, in nanoseconds (the FX thread's part of a frame). */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Draws now if anything changed (normally the next pulse does). */
    public void redrawNow() {
        layout();
        if (fitPending) {
            fit();
        }
        draw(false);
        dirty = false;
    }

    // ---- events ------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            dragging = true;
            setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            selected.set(nodeAt(e.getX(), e.getY()));
        }
        dragging = false;
        setCursor(hover >= 0 ? Cursor.HAND : Cursor.OPEN_HAND);
    }

    private void moved(MouseEvent e) {
        setHover(nodeAt(e.getX(), e.getY()));
    }

    private void setHover(int node) {
        if (node != hover) {
            hover = node;
            setCursor(node >= 0 ? Cursor.HAND : Cursor.OPEN_HAND);
            requestRedraw();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(1.004, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double step = 60;
        switch (e.getCode()) {
            case LEFT -> panBy(step, 0);
            case RIGHT -> panBy(-step, 0);
            case UP -> panBy(0, step);
            case DOWN -> panBy(0, -step);
            case PLUS, ADD, EQUALS -> zoomBy(1.25);
            case MINUS, SUBTRACT -> zoomBy(0.8);
            case DIGIT0, NUMPAD0 -> fit();
            case ESCAPE -> selected.set(-1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- drawing -----------------------------------------------------------------------------

    /** Marks the drawing stale; the next pulse redraws it. */
    public void requestRedraw() {
        dirty = true;
        if (!timerRunning && getScene() != null) {
            timerRunning = true;
            timer.start();
        }
    }

    private void pulse(long now) {
        if (!dirty && restPending && System.nanoTime() - lastMove > REST_NANOS) {
            dirty = true;
        }
        if (!dirty) {
            if (!restPending) {
                timer.stop();
                timerRunning = false;
            }
            return;
        }
        dirty = false;
        if (fitPending) {
            fit();
            dirty = false;
        }
        boolean moving = System.nanoTime() - lastMove < REST_NANOS;
        draw(moving);
        // what a moving frame left out (edges over the budget, labels) is drawn once the view rests
        restPending = moving;
    }

    private void resized() {
        if (fitPending || fitted) {
            fit();
        } else {
            requestRedraw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w) {
            canvas.setWidth(w);
        }
        if (canvas.getHeight() != h) {
            canvas.setHeight(h);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    private double nodeRadius() {
        return Math.max(1.6, Math.min(7, scale * 0.2));
    }

    private void draw(boolean moving) {
        long t0 = System.nanoTime();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        drawnEdges.clear();
        drawnNodes = 0;
        reducedLastFrame = false;
        redraws++;
        gc.setGlobalAlpha(1);
        gc.setLineDashes((double[]) null);
        GraphGeometry g = graph;
        if (g == null || g.nodeCount() == 0 || w < 1 || h < 1) {
            gc.setFill(background);
            gc.fillRect(0, 0, w, h);
            lastFrameNanos = System.nanoTime() - t0;
            return;
        }
        // the pixels of the screen, not of the scene: sharp on HiDPI displays
        double k = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        int pw = (int) Math.ceil(w * k);
        int ph = (int) Math.ceil(h * k);
        if (raster == null || raster.width() != pw || raster.height() != ph) {
            raster = new PixelRaster(pw, ph);
        }
        PixelRaster px = raster;
        px.clear(PixelRaster.rgb(background));
        double r = nodeRadius();
        double margin = r + 2;
        double wx0 = (-margin - tx) / scale;
        double wx1 = (w + margin - tx) / scale;
        double wy0 = (-margin - ty) / scale;
        double wy1 = (h + margin - ty) / scale;
        boolean dim = litNodes != null;
        boolean squares = scale < SQUARES_BELOW;
        double ks = scale * k;
        double ktx = tx * k;
        double kty = ty * k;

        // edges: on screen when their bounding box meets the view
        int m = g.edgeCount();
        if (visible.length < m) {
            visible = new int[m];
        }
        int count = 0;
        double pixelsOfLines = 0;
        double longest = (w + h) * k;
        for (int e = 0; e < m; e++) {
            if (!showSoft && !g.isHard(e)) {
                continue;
            }
            double x1 = g.x(g.source(e));
            double y1 = g.y(g.source(e));
            double x2 = g.x(g.target(e));
            double y2 = g.y(g.target(e));
            if (Math.max(x1, x2) < wx0 || Math.min(x1, x2) > wx1 || Math.max(y1, y2) < wy0 || Math.min(y1, y2) > wy1) {
                continue;
            }
            pixelsOfLines += Math.min(longest, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) * ks);
            visible[count++] = e;
        }
        // while moving, at most so many edges and so many pixels of lines: every n-th edge, the same ones each frame
        int stride = 1;
        if (moving && (count > EDGE_BUDGET_WHILE_MOVING || pixelsOfLines > LINE_PIXELS_WHILE_MOVING)) {
            stride = (int) Math.ceil(Math.max((double) count / EDGE_BUDGET_WHILE_MOVING,
                    pixelsOfLines / LINE_PIXELS_WHILE_MOVING));
            reducedLastFrame = stride > 1;
        }
        double edgeAlpha = Math.max(0.22, Math.min(0.75, 0.16 + scale / 30));
        int hardRgb = PixelRaster.rgb(muted);
        int softRgb = PixelRaster.rgb(subtle);
        int hardAlpha = (int) ((dim ? 0.10 : edgeAlpha) * 256);
        int softAlpha = (int) ((dim ? 0.08 : edgeAlpha * 0.6) * 256);
        boolean dashes = !squares;
        // soft under hard: two passes
        for (int pass = 0; pass < 2; pass++) {
            boolean hardPass = pass == 1;
            for (int i = 0; i < count; i += stride) {
                int e = visible[i];
                if (g.isHard(e) != hardPass || (dim && litEdges != null && litEdges.get(e))) {
                    continue;
                }
                px.line(g.x(g.source(e)) * ks + ktx, g.y(g.source(e)) * ks + kty, g.x(g.target(e)) * ks + ktx,
                        g.y(g.target(e)) * ks + kty, hardPass ? hardRgb : softRgb, hardPass ? hardAlpha : softAlpha,
                        !hardPass && dashes, false);
                drawnEdges.set(e);
            }
        }
        if (dim && litEdges != null) {
            int accentRgb = PixelRaster.rgb(accent);
            for (int e = litEdges.nextSetBit(0); e >= 0; e = litEdges.nextSetBit(e + 1)) {
                if (!showSoft && !g.isHard(e)) {
                    continue;
                }
                px.line(g.x(g.source(e)) * ks + ktx, g.y(g.source(e)) * ks + kty, g.x(g.target(e)) * ks + ktx,
                        g.y(g.target(e)) * ks + kty, accentRgb, 235, !g.isHard(e), g.isHard(e));
                drawnEdges.set(e);
            }
        }

        // nodes, one colour at a time
        double kr = r * k;
        int nodeAlpha = dim ? 56 : 256;
        for (int b = 0; b < buckets.length; b++) {
            int rgb = PixelRaster.rgb(b < palette.length ? palette[b] : none);
            for (int node : buckets[b]) {
                double nx = g.x(node);
                double ny = g.y(node);
                if (nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1 || (dim && litNodes.get(node))) {
                    continue;
                }
                if (squares) {
                    px.square(nx * ks + ktx, ny * ks + kty, kr, rgb, nodeAlpha);
                } else {
                    px.disc(nx * ks + ktx, ny * ks + kty, kr, g.isExternal(node), rgb, nodeAlpha);
                }
                drawnNodes++;
            }
        }
        double rl = Math.max(r, 3.2);
        if (dim) {
            for (int node = litNodes.nextSetBit(0); node >= 0; node = litNodes.nextSetBit(node + 1)) {
                double nx = g.x(node);
                double ny = g.y(node);
                if (nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1) {
                    continue;
                }
                px.disc(nx * ks + ktx, ny * ks + kty, rl * k, g.isExternal(node), colourRgb(node), 256);
                drawnNodes++;
            }
        }
        px.publish();
        gc.drawImage(px.image(), 0, 0, w, h);

        // vector on top: the selection ring, arrowheads of the lit dependencies, labels
        int sel = selected.get();
        if (dim && litEdges != null && litEdges.cardinality() <= 400) {
            gc.setStroke(accent);
            gc.setLineWidth(1.6);
            gc.beginPath();
            for (int e = litEdges.nextSetBit(0); e >= 0; e = litEdges.nextSetBit(e + 1)) {
                if (showSoft || g.isHard(e)) {
                    arrowHead(gc, g.x(g.source(e)) * scale + tx, g.y(g.source(e)) * scale + ty,
                            g.x(g.target(e)) * scale + tx, g.y(g.target(e)) * scale + ty, rl);
                }
            }
            gc.stroke();
        }
        if (sel >= 0 && sel < g.nodeCount()) {
            double sx = g.x(sel) * scale + tx;
            double sy = g.y(sel) * scale + ty;
            double rr = rl + 4;
            gc.setStroke(accent);
            gc.setLineWidth(2.5);
            gc.strokeOval(sx - rr, sy - rr, rr * 2, rr * 2);
        }

        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        LabelRoom room = new LabelRoom(w, h);
        BitSet litLabels = new BitSet();
        if (dim) {
            // the selection's name, then its neighbours', before any other
            if (sel >= 0 && sel < g.nodeCount()) {
                room.claim(g.label(sel), g.x(sel) * scale + tx, g.y(sel) * scale + ty + rl + 3);
                litLabels.set(sel);
            }
            for (int node = litNodes.nextSetBit(0); node >= 0; node = litNodes.nextSetBit(node + 1)) {
                if (node != sel && room.claim(g.label(node), g.x(node) * scale + tx, g.y(node) * scale + ty + rl + 3)) {
                    litLabels.set(node);
                }
            }
        }
        if (scale >= LABELS_FROM && !moving) {
            int labels = 0;
            gc.setFill(dim ? muted : foreground);
            gc.setGlobalAlpha(dim ? 0.5 : 1);
            for (int rank = 0; rank < g.nodeCount() && labels < MAX_LABELS; rank++) {
                int node = g.byDegree(rank);
                double nx = g.x(node);
                double ny = g.y(node);
                if (nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1 || (dim && litNodes.get(node))) {
                    continue;
                }
                double sx = nx * scale + tx;
                double sy = ny * scale + ty + r + 2;
                if (room.claim(g.label(node), sx, sy)) {
                    gc.fillText(g.label(node), sx, sy);
                    labels++;
                }
            }
        }
        gc.setGlobalAlpha(1);
        for (int node = litLabels.nextSetBit(0); node >= 0; node = litLabels.nextSetBit(node + 1)) {
            labelWithHalo(gc, g.label(node), g.x(node) * scale + tx, g.y(node) * scale + ty + rl + 3, node == sel);
        }
        if (hover >= 0 && hover < g.nodeCount() && (scale < LABELS_FROM || dim)) {
            labelWithHalo(gc, g.label(hover), g.x(hover) * scale + tx, g.y(hover) * scale + ty + rl + 3, true);
        }
        lastFrameNanos = System.nanoTime() - t0;
    }

    private int colourRgb(int node) {
        int c = node < category.length ? category[node] : -1;
        return PixelRaster.rgb(c >= 0 && c < palette.length ? palette[c] : none);
    }

    /**
     * Where labels went this frame, on a grid of 4-pixel cells: a label is drawn only where no
     * other took the room, the busiest nodes first, so that names never pile up.
     */
    private static final class LabelRoom {
        private static final double CELL = 4;
        private final int cols;
        private final int rows;
        private final BitSet taken;

        LabelRoom(double w, double h) {
            cols = Math.max(1, (int) Math.ceil(w / CELL));
            rows = Math.max(1, (int) Math.ceil(h / CELL));
            taken = new BitSet(cols * rows);
        }

        /** Takes the room of a label centred on x, top at y; false (and nothing taken) when it is not free. */
        boolean claim(String text, double x, double y) {
            double half = text.length() * 3.3 + 2;
            int c0 = (int) Math.floor((x - half) / CELL);
            int c1 = (int) Math.floor((x + half) / CELL);
            int r0 = (int) Math.floor((y - 1) / CELL);
            int r1 = (int) Math.floor((y + 14) / CELL);
            if (c1 < 0 || r1 < 0 || c0 >= cols || r0 >= rows) {
                return false;
            }
            c0 = Math.max(0, c0);
            r0 = Math.max(0, r0);
            c1 = Math.min(cols - 1, c1);
            r1 = Math.min(rows - 1, r1);
            for (int r = r0; r <= r1; r++) {
                int next = taken.nextSetBit(r * cols + c0);
                if (next >= 0 && next <= r * cols + c1) {
                    return false;
                }
            }
            for (int r = r0; r <= r1; r++) {
                taken.set(r * cols + c0, r * cols + c1 + 1);
            }
            return true;
        }
    }

    private void labelWithHalo(GraphicsContext gc, String text, double x, double y, boolean bold) {
        gc.setFont(bold ? BOLD_FONT : LABEL_FONT);
        gc.setStroke(background);
        gc.setLineWidth(3);
        gc.setGlobalAlpha(0.85);
        gc.strokeText(text, x, y);
        gc.setGlobalAlpha(1);
        gc.setFill(foreground);
        gc.fillText(text, x, y);
    }

    private static void arrowHead(GraphicsContext gc, double sx, double sy, double ex, double ey, double r) {
        double dx = ex - sx;
        double dy = ey - sy;
        double len = Math.hypot(dx, dy);
        if (len < r * 4 + 10) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double tipX = ex - ux * (Math.max(r, 3.2) + 1.5);
        double tipY = ey - uy * (Math.max(r, 3.2) + 1.5);
        double size = 7;
        gc.moveTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
        gc.lineTo(tipX, tipY);
        gc.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    }

    private void readTheme(Background b) {
        if (b == null) {
            return;
        }
        List<BackgroundFill> fills = b.getFills();
        if (fills.size() < 5) {
            return;
        }
        background = colour(fills.get(0), background);
        foreground = colour(fills.get(1), foreground);
        muted = colour(fills.get(2), muted);
        subtle = colour(fills.get(3), subtle);
        accent = colour(fills.get(4), accent);
        none = subtle;
        requestRedraw();
    }

    private static Color colour(BackgroundFill f, Color fallback) {
        return f.getFill() instanceof Color c ? c : fallback;
    }

    /** The theme's background colour, as the canvas paints it. */
    public Color backgroundColour() {
        return background;
    }
}
