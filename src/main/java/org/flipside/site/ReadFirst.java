package org.flipside.site;

import java.util.AbstractList;
import java.util.List;

/** A list that runs a task once, on the thread that first reads it, before reading it. */
final class ReadFirst<T> extends AbstractList<T> {

    private final List<T> list;
    private Runnable first;

    ReadFirst(List<T> list, Runnable first) {
        this.list = list;
        this.first = first;
    }

    private List<T> list() {
        Runnable task;
        synchronized (this) {
            task = first;
            first = null;
        }
        if (task != null) task.run();
        return list;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
