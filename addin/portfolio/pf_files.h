/* pf_files.h — the workbooks to read: files given, and folders searched for .ods and .fods. */
#ifndef PF_FILES_H
#define PF_FILES_H

#include <stddef.h>

typedef struct pf_file {
    char *path;
    const char *skip;   /* non-NULL: not to be read, and why (a LibreOffice lock file) */
    const char *problem; /* non-NULL: cannot be read, and why (a folder too deep to search) */
} pf_file;

typedef struct pf_files {
    pf_file *items;
    size_t count;
} pf_files;

#define PF_MAX_DEPTH_FOLDERS 16 /* levels of folders searched; a deeper one is reported */
#define PF_MAX_FILES 100000

/* Adds arg: a file as given (whatever its name), or a folder searched recursively for *.ods and
 * *.fods (any case) in name order, with LibreOffice lock files (.~lock.NAME#) listed to skip.
 * Symbolic links to folders are not followed. Returns 0, or -1 when out of memory or past
 * PF_MAX_FILES. */
int pf_files_add(pf_files *files, const char *arg);

void pf_files_free(pf_files *files);

#endif
