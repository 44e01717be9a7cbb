// zlib, for its CRC-32 (the workbook's ZIP entries). libxml2 already links it.
#include <zlib.h>
