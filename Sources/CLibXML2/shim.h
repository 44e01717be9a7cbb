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
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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

/// Where a file's well-formedness broke: the elements open at libxml2's first fatal error,
/// whether the document element was closed before it, and whether only white space follows
/// it. Filled by caseload_xml_scan_shape.
typedef struct {
    int elements;        /* start tags seen */
    int depth;           /* elements open */
    int root_closed;     /* 1 once the document element was closed */
    int root_line;       /* the document element's line */
    char root_name[64];  /* the document element's local name (cut to 63 bytes) */
    int failed;          /* 1 if a fatal error was found */
    int error_depth;     /* elements open at the first fatal error */
    int error_root_closed;
    int error_at_end;    /* 1 if only white space follows the first fatal error */
    int descriptor;      /* the file being read */
    int end_of_file;     /* 1 once reading reached the end of the file */
} caseload_xml_shape;

static inline int caseload_xml_shape_read(void *context, char *buffer, int length) {
    caseload_xml_shape *shape = context;
    ssize_t count = read(shape->descriptor, buffer, (size_t)length);
    if (count == 0) shape->end_of_file = 1;
    return (int)count;
}

static inline int caseload_xml_shape_close(void *context) {
    (void)context;
    return 0;
}

static inline void caseload_xml_shape_start(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                                            int namespaces, const xmlChar **namespaceList, int attributes, int defaulted,
                                            const xmlChar **attributeList) {
    (void)prefix; (void)uri; (void)namespaces; (void)namespaceList; (void)attributes; (void)defaulted; (void)attributeList;
    caseload_xml_shape *shape = ((xmlParserCtxtPtr)context)->_private;
    if (shape->elements == 0) {
        shape->root_line = xmlSAX2GetLineNumber(context);
        snprintf(shape->root_name, sizeof shape->root_name, "%s", (const char *)name);
    }
    shape->elements += 1;
    shape->depth += 1;
}

static inline void caseload_xml_shape_end(void *context, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)name; (void)prefix; (void)uri;
    caseload_xml_shape *shape = ((xmlParserCtxtPtr)context)->_private;
    shape->depth -= 1;
    if (shape->depth == 0) shape->root_closed = 1;
}

static inline void caseload_xml_shape_error(void *context, xmlErrorPtr error) {
    xmlParserCtxtPtr parser = context;
    caseload_xml_shape *shape = parser->_private;
    if (shape->failed || error == NULL || error->level < XML_ERR_FATAL) return;
    shape->failed = 1;
    shape->error_depth = shape->depth;
    shape->error_root_closed = shape->root_closed;
    shape->error_at_end = shape->end_of_file;
    if (parser->input != NULL && shape->error_at_end) {
        for (const xmlChar *c = parser->input->cur; c != NULL && c < parser->input->end; c++) {
            if (*c != ' ' && *c != '\t' && *c != '\r' && *c != '\n') { shape->error_at_end = 0; break; }
        }
    }
    xmlStopParser(parser);
}

/// Parses a file with SAX callbacks that only count elements, up to libxml2's first fatal
/// error: no tree, no network, no entities substituted. The file is read from `descriptor`
/// (the process's entity loader loads nothing, so libxml2 must not open it by name).
/// Returns 0, or -1 if libxml2 cannot start.
static inline int caseload_xml_scan_shape(int descriptor, caseload_xml_shape *shape) {
    memset(shape, 0, sizeof *shape);
    shape->descriptor = descriptor;
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = caseload_xml_shape_start;
    handler.endElementNs = caseload_xml_shape_end;
    handler.serror = caseload_xml_shape_error;
    xmlParserCtxtPtr parser = xmlCreateIOParserCtxt(&handler, NULL, caseload_xml_shape_read, caseload_xml_shape_close,
                                                    shape, XML_CHAR_ENCODING_NONE);
    if (parser == NULL) return -1;
    parser->_private = shape;
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    xmlParseDocument(parser);
    xmlFreeParserCtxt(parser);
    return 0;
}

#endif
