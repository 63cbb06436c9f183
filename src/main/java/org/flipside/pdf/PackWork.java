package org.flipside.pdf;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The packs of a build still waiting to be written, which another thread can help with: {@link PdfPacks}
 * writes them on its own thread, and a thread that would otherwise wait for them (the website's, wanting
 * the packs' sizes for its downloads page) calls {@link #help} to write some of them instead. Each pack is
 * written by one thread, into its own files, so the result is the same whoever writes it.
 */
public final class PackWork {

    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    /** Writes waiting packs on the calling thread until none is left to start; returns how many it wrote. */
    public int help() {
        int written = 0;
        for (Runnable pack = waiting.poll(); pack != null; pack = waiting.poll()) {
            pack.run();
            written++;
        }
        return written;
    }

    void add(Runnable pack) {
        waiting.add(pack);
    }
}
