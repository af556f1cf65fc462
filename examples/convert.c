/* hardmatch-convert: every form of each value given, or why it is not one.
 *   cc -std=c99 -Iinclude examples/convert.c -Ltarget/release -lhardmatch -o hardmatch-convert
 *   ./hardmatch-convert 02347d41-d494-480c-a212-6e645f458fdb QX00ApTUDEiiEm5kX0WP2w */
#include "hardmatch.h"

#include <stdio.h>
#include <string.h>

static const struct {
    int32_t format;
    const char *name;
} FORMS[] = {
    {HM_FORMAT_GUID, "GUID"},
    {HM_FORMAT_IMMUTABLE_ID, "ImmutableId"},
    {HM_FORMAT_HEX, "Hex"},
    {HM_FORMAT_LDAP_FILTER, "LDAP filter"},
    {HM_FORMAT_CONNECTOR_DN, "Connector DN"},
};

int main(int argc, char **argv) {
    int failures = 0, i;
    size_t f;
    for (i = 1; i < argc; i++) {
        const uint8_t *in = (const uint8_t *)argv[i];
        size_t in_len = strlen(argv[i]), len = 0;
        char out[512];
        printf("%s\n", argv[i]);
        for (f = 0; f < sizeof FORMS / sizeof FORMS[0]; f++) {
            int32_t status = hm_convert(HM_FORMAT_AUTO, FORMS[f].format, in, in_len, (uint8_t *)out, sizeof out, &len);
            if (status != HM_STATUS_OK) {
                /* hm_explain names the mistake and, where known, the corrected value. */
                hm_explain(HM_FORMAT_AUTO, in, in_len, (uint8_t *)out, sizeof out, &len);
                printf("  error %d: %s\n", (int)status, out);
                failures++;
                break;
            }
            printf("  %-13s %s\n", FORMS[f].name, out);
        }
    }
    return failures != 0;
}
