#ifndef VEILLE_CPOPPLER_SHIM_H
#define VEILLE_CPOPPLER_SHIM_H

// poppler's GLib interface: documents, pages, their text and its layout.
#include <poppler.h>

#endif
