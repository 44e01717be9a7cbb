#ifndef CASELOAD_CLIBXML2_SHIM_H
#define CASELOAD_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and Foundation ships its own ICU: both define
// UErrorCode, and a clean build fails. xmlversion.h is read first so that the ICU switch
// can be turned off before any other libxml2 header pulls ICU in.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/globals.h>
#include <libxml/HTMLparser.h>

/// xmlFree is an imported mutable global that Swift 6 rejects; call it through this.
static inline void caseload_xmlFree(void *pointer) { xmlFree(pointer); }

static inline void caseload_xml_ignore_generic(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/// Stops libxml2 from printing errors to stderr: every error reaches the caller through a
/// structured handler or xmlGetLastError instead.
static inline void caseload_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, caseload_xml_ignore_generic);
}

/// An external entity loader that loads nothing: no file, no network, ever.
static inline xmlParserInputPtr caseload_xml_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

/// Installs the refusing loader for the whole process.
static inline void caseload_xml_refuse_external_entities(void) {
    xmlSetExternalEntityLoader(caseload_xml_refuse_entity);
}

#endif
