package org.sortes.session;

/** The services of one open workspace, closed together. */
public interface Services extends AutoCloseable {
    DirectoryService directory();

    DrawService draw();

    IntegrityService integrity();

    DocumentService documents();

    ResultService results();

    AudienceService audience();

    @Override
    void close();
}
