/* pf_files.c — collecting the workbooks under the folders given. */
#include "pf_files.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define LOCK_SKIP "a LibreOffice lock file: its workbook is open somewhere; the last saved state is read"

#define TOO_DEEP "a folder nested more than 16 levels deep: not searched"

/* Appends one path (copied); -1 when out of memory or too many. */
static int push_file(pf_files *f, const char *path, const char *skip, const char *problem)
{
    if (f->count == PF_MAX_FILES)
        return -1;
    pf_file *items = realloc(f->items, (f->count + 1) * sizeof *items);
    if (!items)
        return -1;
    f->items = items;
    char *copy = malloc(strlen(path) + 1);
    if (!copy)
        return -1;
    strcpy(copy, path);
    f->items[f->count++] = (pf_file){copy, skip, problem};
    return 0;
}

static int push(pf_files *f, const char *path, const char *skip)
{
    return push_file(f, path, skip, NULL);
}

/* Whether name ends with suffix, in any case. */
static int ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), s = strlen(suffix);
    return n > s && strcasecmp(name + n - s, suffix) == 0;
}

/* Whether a file name is LibreOffice's lock file of another file: ".~lock.NAME#". */
static int is_lock_file(const char *name)
{
    size_t n = strlen(name);
    return n > 8 && strncmp(name, ".~lock.", 7) == 0 && name[n - 1] == '#';
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Searches one folder; names are sorted so that every run lists the same order. */
static int search(pf_files *f, const char *folder, int depth)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return push(f, folder, NULL); /* reading it reports why it cannot be opened */
    char **names = NULL;
    size_t count = 0;
    int status = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char **more = realloc(names, (count + 1) * sizeof *names);
        char *name = more ? malloc(strlen(e->d_name) + 1) : NULL;
        if (more)
            names = more;
        if (!name) {
            status = -1;
            break;
        }
        names[count++] = strcpy(name, e->d_name);
    }
    closedir(dir);
    if (count)
        qsort(names, count, sizeof *names, by_name);
    for (size_t i = 0; i < count && status == 0; i++) {
        size_t n = strlen(folder) + strlen(names[i]) + 2;
        char *path = malloc(n);
        if (!path) {
            status = -1;
            break;
        }
        strcpy(path, folder);
        if (n > 2 && path[strlen(path) - 1] != '/')
            strcat(path, "/");
        strcat(path, names[i]);
        struct stat st;
        int known = lstat(path, &st) == 0, is_dir = known && S_ISDIR(st.st_mode);
        if (is_lock_file(names[i]))
            status = push(f, path, LOCK_SKIP);
        else if (names[i][0] == '.')
            ; /* hidden files and folders are not account maps */
        else if (!known)
            status = push(f, path, NULL); /* reading it says why it cannot be (a path too long) */
        else if (is_dir && depth < PF_MAX_DEPTH_FOLDERS)
            status = search(f, path, depth + 1);
        else if (is_dir)
            status = push_file(f, path, NULL, TOO_DEEP);
        else if (ends_with(names[i], ".ods") || ends_with(names[i], ".fods"))
            status = push(f, path, NULL);
        free(path);
    }
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    return status;
}

int pf_files_add(pf_files *files, const char *arg)
{
    struct stat st;
    if (stat(arg, &st) == 0 && S_ISDIR(st.st_mode))
        return search(files, arg, 0);
    const char *slash = strrchr(arg, '/');
    return push(files, arg, is_lock_file(slash ? slash + 1 : arg) ? LOCK_SKIP : NULL);
}

void pf_files_free(pf_files *files)
{
    for (size_t i = 0; i < files->count; i++)
        free(files->items[i].path);
    free(files->items);
    files->items = NULL;
    files->count = 0;
}
