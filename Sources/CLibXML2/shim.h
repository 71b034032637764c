#ifndef VEILLE_CLIBXML2_SHIM_H
#define VEILLE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU. Its headers then pull in ICU's, whose types clash with
// Foundation's copy on a clean build ("'UErrorCode' has different definitions in different
// modules"). Veille never uses libxml2's ICU support, so switch it off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a mutable C global function pointer, which Swift 6 refuses to touch.
static inline void veille_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
