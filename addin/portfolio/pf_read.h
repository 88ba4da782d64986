/* pf_read.h — reads a spreadsheet file (.ods zip or flat .fods XML) into a pf_book, safely.
 *
 * Hostile files are expected: a zip is read through libzip with its consistency checks, content.xml
 * is streamed through expat and never allowed past PF_MAX_XML bytes (whatever the zip claims), a
 * document type declaration is refused (ODF has none, so entity tricks and external entities never
 * reach the parser), and elements nested deeper than PF_MAX_DEPTH stop the reading. */
#ifndef PF_READ_H
#define PF_READ_H

#include <stddef.h>
#include "pf_book.h"

#define PF_MAX_XML (64u << 20) /* bytes of XML: a map with a full History is about 1 MB */
#define PF_MAX_DEPTH 256

/* Reads path into *book (zeroed first). Returns 0, or -1 with one sentence in reason (what is
 * wrong with the file; the caller adds the file's name) and *book empty. */
int pf_read_file(const char *path, pf_book *book, char *reason, size_t reason_size);

/* Reads ODF XML held in memory (content.xml or a whole .fods): the fuzzer's entry point. */
int pf_read_xml(const char *xml, size_t length, pf_book *book, char *reason, size_t reason_size);

#endif
