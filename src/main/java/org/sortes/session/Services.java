package org.sortes.session;

/** The services of one open workspace, closed together. */
public interface Services extends AutoCloseable {
    DirectoryService directory();

    @Override
    void close();
}
