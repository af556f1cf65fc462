/* The C ABI as a C caller sees it: compiled against the committed header (C99, warnings
 * as errors) and linked to the built library by tests/c_abi.rs. */
#include "hardmatch.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            passed++;                                                            \
        } else {                                                                 \
            failed++;                                                            \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

static const char *const VECTORS[][2] = {
    {"02347d41-d494-480c-a212-6e645f458fdb", "QX00ApTUDEiiEm5kX0WP2w=="},
    {"88666888-0101-1111-bbbb-1234567890ab", "iGhmiAEBERG7uxI0VniQqw=="},
    {"8d6c6818-018c-4f11-9bb8-1b04e2caa1b6", "GGhsjYwBEU+buBsE4sqhtg=="},
    {"30475e40-e7ae-4af3-af75-8b143c81daf5", "QF5HMK7n80qvdYsUPIHa9Q=="},
    {"88888888-0101-3333-cccc-1234567890cd", "iIiIiAEBMzPMzBI0VniQzQ=="},
    {"4445ead9-02d3-4a3d-a1ca-c24bdd258bd4", "2epFRNMCPUqhysJL3SWL1A=="},
    {"897485c7-81a7-42eb-97c6-37ed73077b1f", "x4V0iaeB60KXxjftcwd7Hw=="},
    {"25c2879e-20ed-4e66-83f0-9e20460aedf8", "nofCJe0gZk6D8J4gRgrt+A=="},
    {"0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc", "2/9JCtHr0EmH+hL07o11vA=="},
    {"35918bc9-196d-40ea-9779-889d79b753f0", "yYuRNW0Z6kCXeYidebdT8A=="},
    {"00000000-0000-0000-0000-000000000000", "AAAAAAAAAAAAAAAAAAAAAA=="},
};
#define NVECTORS (sizeof VECTORS / sizeof VECTORS[0])

static int32_t convert(int32_t from, int32_t to, const char *in, char *out, size_t cap, size_t *len) {
    return hm_convert(from, to, (const uint8_t *)in, strlen(in), (uint8_t *)out, cap, len);
}

static size_t widen(const char *in, uint16_t *out) {
    size_t n = 0;
    while (in[n]) {
        out[n] = (uint16_t)(unsigned char)in[n];
        n++;
    }
    return n;
}

static void test_vectors(void) {
    char out[64];
    size_t len = 0;
    size_t i;
    for (i = 0; i < NVECTORS; i++) {
        CHECK(convert(HM_FORMAT_GUID, HM_FORMAT_IMMUTABLE_ID, VECTORS[i][0], out, sizeof out, &len) == HM_STATUS_OK);
        CHECK(len == 24 && strcmp(out, VECTORS[i][1]) == 0);
        CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, VECTORS[i][1], out, sizeof out, &len) == HM_STATUS_OK);
        CHECK(len == 36 && strcmp(out, VECTORS[i][0]) == 0);
    }
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_LDAP_FILTER, "88666888-0101-1111-bbbb-1234567890ab", out, sizeof out, &len) == HM_STATUS_OK);
    CHECK(strcmp(out, "\\88\\68\\66\\88\\01\\01\\11\\11\\bb\\bb\\12\\34\\56\\78\\90\\ab") == 0);
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_CONNECTOR_DN, "QF5HMK7n80qvdYsUPIHa9Q==", out, sizeof out, &len) == HM_STATUS_OK);
    CHECK(len == 53 && strcmp(out, "CN={514635484D4B376E38307176645973555049486139513D3D}") == 0);
    CHECK(hm_format_width(HM_FORMAT_CONNECTOR_DN) == 53 && hm_format_width(HM_FORMAT_AUTO) == 0 && hm_format_width(99) == 0);
}

static void test_utf16(void) {
    uint16_t in[64], out[64];
    size_t len = 0, n = widen(VECTORS[0][0], in), i;
    CHECK(hm_convert_utf16(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, in, n, out, 64, &len) == HM_STATUS_OK);
    CHECK(len == 24 && out[24] == 0);
    for (i = 0; i < 24; i++) CHECK(out[i] == (uint16_t)VECTORS[0][1][i]);
    /* An unpaired surrogate. */
    in[3] = 0xD800;
    CHECK(hm_convert_utf16(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, in, n, out, 64, &len) == HM_STATUS_INVALID_UTF16);
    /* Non-ASCII that is valid UTF-16: a value error, not an encoding error. */
    in[3] = 0x00E9;
    CHECK(hm_convert_utf16(HM_FORMAT_GUID, HM_FORMAT_IMMUTABLE_ID, in, n, out, 64, &len) == HM_STATUS_GUID_MALFORMED);
}

static void test_statuses(void) {
    char out[64];
    size_t len = 7;
    int32_t s;
    uint8_t bytes[32] = {0};
    const uint8_t bad_utf8[] = {0x41, 0xFF, 0x42};
    /* Every status number has static text; an unknown one too. */
    for (s = -2; s < 140; s++) {
        const char *m = hm_status_message(s);
        CHECK(m != NULL && m[0] != '\0');
    }
    CHECK(strcmp(hm_status_message(HM_STATUS_OK), "success") == 0);
    CHECK(strcmp(hm_status_message(12345), "unknown status") == 0);
    CHECK(hm_version() != NULL && strchr(hm_version(), '.') != NULL);

    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, bad_utf8, 3, (uint8_t *)out, 64, &len) == HM_STATUS_INVALID_UTF8);
    CHECK(len == 0);
    CHECK(convert(7, HM_FORMAT_GUID, VECTORS[0][1], out, 64, &len) == HM_STATUS_UNKNOWN_FORMAT);
    CHECK(convert(-1, HM_FORMAT_GUID, VECTORS[0][1], out, 64, &len) == HM_STATUS_UNKNOWN_FORMAT);
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_AUTO, VECTORS[0][1], out, 64, &len) == HM_STATUS_UNKNOWN_FORMAT);
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, (const uint8_t *)"x", (size_t)HM_MAX_INPUT_LEN + 1, (uint8_t *)out, 64, &len) == HM_STATUS_INPUT_TOO_LONG);
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, (const uint8_t *)"x", (size_t)-1, (uint8_t *)out, 64, &len) == HM_STATUS_INPUT_TOO_LONG);
    CHECK(hm_immutable_ids_from_bytes(bytes, 17, (uint8_t *)out, 64, &len) == HM_STATUS_BYTES_LENGTH);
    CHECK(hm_from_bytes(HM_FORMAT_GUID, bytes, 15, (uint8_t *)out, 64, &len) == HM_STATUS_BYTES_LENGTH);
    {
        /* A UTF-16 pointer at an odd address. */
        uint16_t units[8];
        const uint16_t *odd = (const uint16_t *)((const char *)units + 1);
        CHECK(hm_convert_utf16(HM_FORMAT_AUTO, HM_FORMAT_GUID, odd, 2, (uint16_t *)units, 4, &len) == HM_STATUS_MISALIGNED);
    }
    /* Value statuses, one per family. */
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, "   ", out, 64, &len) == HM_STATUS_EMPTY);
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, "hello", out, 64, &len) == HM_STATUS_UNRECOGNISED);
    CHECK(convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, "8868668801011111BBBB1234567890AB", out, 64, &len) == HM_STATUS_AMBIGUOUS);
    CHECK(convert(HM_FORMAT_IMMUTABLE_ID, HM_FORMAT_GUID, "EMP4711", out, 64, &len) == HM_STATUS_STRING_ANCHOR);
    CHECK(convert(HM_FORMAT_IMMUTABLE_ID, HM_FORMAT_GUID, "abcdefghijklmnopqrstuv==", out, 64, &len) == HM_STATUS_NON_CANONICAL_PADDING);
    CHECK(convert(HM_FORMAT_IMMUTABLE_ID, HM_FORMAT_GUID, "QX00ApTUDEiiEm5kX0WP2w", out, 64, &len) == HM_STATUS_MISSING_PADDING);
    CHECK(convert(HM_FORMAT_CONNECTOR_DN, HM_FORMAT_GUID, "CN={557365725F33303437356534302D653761652D346166332D616637352D386231343363383164616635}", out, 64, &len) == HM_STATUS_CLOUD_ANCHOR);
    CHECK(len == 0);
}

/* Every value status, each from an input that shows it. */
static void test_every_value_status(void) {
    static const struct {
        int32_t from;
        const char *input;
        int32_t status;
    } CASES[] = {
        {HM_FORMAT_AUTO, "", HM_STATUS_EMPTY},
        {HM_FORMAT_AUTO, "jdoe@contoso.com", HM_STATUS_UNRECOGNISED},
        {HM_FORMAT_AUTO, "02347d41d494480ca2126e645f458fdb", HM_STATUS_AMBIGUOUS},
        {HM_FORMAT_AUTO, "CN={557365725F33303437356534302D653761652D346166332D616637352D386231343363383164616635}", HM_STATUS_CLOUD_ANCHOR},
        {HM_FORMAT_IMMUTABLE_ID, "EMP4711", HM_STATUS_STRING_ANCHOR},
        {HM_FORMAT_GUID, "02347d41-d494-480c-a212-6e645f458fdZ", HM_STATUS_GUID_MALFORMED},
        {HM_FORMAT_HEX, "41 7D 34 02", HM_STATUS_HEX_MALFORMED},
        {HM_FORMAT_LDAP_FILTER, "\\41\\7d", HM_STATUS_LDAP_FILTER_MALFORMED},
        {HM_FORMAT_CONNECTOR_DN, "CN=QX00", HM_STATUS_CONNECTOR_DN_MALFORMED},
        {HM_FORMAT_IMMUTABLE_ID, "QX00ApTU DEiiEm5kX0WP2w==", HM_STATUS_WHITESPACE},
        {HM_FORMAT_IMMUTABLE_ID, "2_9JCtHr0EmH-hL07o11vA==", HM_STATUS_URL_SAFE_ALPHABET},
        {HM_FORMAT_IMMUTABLE_ID, "QX00ApTU$EiiEm5kX0WP2w==", HM_STATUS_ILLEGAL_CHARACTER},
        {HM_FORMAT_IMMUTABLE_ID, "QX00ApTUDEiiEm5kX0WP2w", HM_STATUS_MISSING_PADDING},
        {HM_FORMAT_IMMUTABLE_ID, "abcdefghijklmnopqrstuv==", HM_STATUS_NON_CANONICAL_PADDING},
        {HM_FORMAT_IMMUTABLE_ID, "QX00ApTUDEiiEm5kX0WP2wAAAA==", HM_STATUS_WRONG_LENGTH},
        {HM_FORMAT_IMMUTABLE_ID, "02347d41-d494-480c-a212-6e645f458fdb", HM_STATUS_GUID_TEXT_GIVEN},
        {HM_FORMAT_IMMUTABLE_ID, "MDIzNDdkNDEtZDQ5NC00ODBjLWEyMTItNmU2NDVmNDU4ZmRi", HM_STATUS_BASE64_OF_GUID_TEXT},
        {HM_FORMAT_IMMUTABLE_ID, "EMP000000000000000000000000000000000000000000000000000000001", HM_STATUS_ANCHOR_TOO_LONG},
    };
    char out[64];
    size_t len, i;
    HmDiagnosis d;
    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        int32_t got = convert(CASES[i].from, HM_FORMAT_GUID, CASES[i].input, out, sizeof out, &len);
        if (got != CASES[i].status) fprintf(stderr, "  %s: got %d\n", CASES[i].input, (int)got);
        CHECK(got == CASES[i].status);
    }
    /* RFC byte order is a diagnosis of a well-formed value, not a conversion error. */
    CHECK(hm_diagnose((const uint8_t *)"AjR9QdSUSAyiEm5kX0WP2w==", 24, &d) == HM_STATUS_OK);
    CHECK(d.verdict == HM_VERDICT_REPAIRABLE && d.finding == HM_STATUS_RFC_BYTE_ORDER);
    CHECK(strcmp((const char *)d.corrected, VECTORS[0][1]) == 0);
}

static void test_explain(void) {
    char out[400];
    size_t len = 0;
    const char *amb = "8868668801011111BBBB1234567890AB";
    CHECK(hm_explain(HM_FORMAT_AUTO, (const uint8_t *)amb, strlen(amb), (uint8_t *)out, sizeof out, &len) == HM_STATUS_AMBIGUOUS);
    CHECK(len == strlen(out) && strstr(out, "iGhmiAEBERG7uxI0VniQqw==") != NULL);
    CHECK(hm_explain(HM_FORMAT_AUTO, (const uint8_t *)VECTORS[0][0], 36, (uint8_t *)out, sizeof out, &len) == HM_STATUS_OK);
    CHECK(strstr(out, VECTORS[0][1]) != NULL);
    CHECK(hm_explain(HM_FORMAT_AUTO, (const uint8_t *)amb, strlen(amb), (uint8_t *)out, 10, &len) == HM_STATUS_BUFFER_TOO_SMALL);
    CHECK(len > 10);
}

static void test_small_buffers(void) {
    char out[64];
    size_t len = 0, i;
    memset(out, 0x5A, sizeof out);
    /* 24 characters need 25 units with the NUL. */
    CHECK(convert(HM_FORMAT_GUID, HM_FORMAT_IMMUTABLE_ID, VECTORS[0][0], out, 24, &len) == HM_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == 24);
    for (i = 0; i < sizeof out; i++) CHECK(out[i] == 0x5A);
    /* Asking for the length with no buffer at all. */
    CHECK(convert(HM_FORMAT_GUID, HM_FORMAT_LDAP_FILTER, VECTORS[0][0], NULL, 0, &len) == HM_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == 48);
    CHECK(convert(HM_FORMAT_GUID, HM_FORMAT_IMMUTABLE_ID, VECTORS[0][0], out, 25, &len) == HM_STATUS_OK);
    CHECK(len == 24 && out[24] == '\0');
}

static void test_null_pointers(void) {
    char out[64];
    uint8_t bytes[16] = {0};
    size_t len = 0, lens[1] = {0};
    int32_t statuses[1], result;
    HmDiagnosis d;
    const uint8_t *in = (const uint8_t *)VECTORS[0][0];
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, NULL, 36, (uint8_t *)out, 64, &len) == HM_STATUS_NULL_POINTER);
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, in, 36, (uint8_t *)out, 64, NULL) == HM_STATUS_NULL_POINTER);
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, in, 36, NULL, 64, &len) == HM_STATUS_NULL_POINTER);
    CHECK(hm_convert_utf16(HM_FORMAT_AUTO, HM_FORMAT_GUID, NULL, 0, NULL, 0, NULL) == HM_STATUS_NULL_POINTER);
    CHECK(hm_explain(HM_FORMAT_AUTO, NULL, 1, (uint8_t *)out, 64, &len) == HM_STATUS_NULL_POINTER);
    CHECK(hm_to_bytes(HM_FORMAT_AUTO, in, 36, NULL, 16) == HM_STATUS_NULL_POINTER);
    CHECK(hm_to_bytes(HM_FORMAT_AUTO, NULL, 36, bytes, 16) == HM_STATUS_NULL_POINTER);
    CHECK(hm_from_bytes(HM_FORMAT_GUID, NULL, 16, (uint8_t *)out, 64, &len) == HM_STATUS_NULL_POINTER);
    CHECK(hm_immutable_ids_from_bytes(NULL, 16, (uint8_t *)out, 64, &len) == HM_STATUS_NULL_POINTER);
    CHECK(hm_immutable_ids_from_bytes(bytes, 16, (uint8_t *)out, 64, NULL) == HM_STATUS_NULL_POINTER);
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_GUID, in, 0, lens, 1, (uint8_t *)out, 64, &len, NULL) == HM_STATUS_NULL_POINTER);
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_GUID, in, 0, NULL, 1, (uint8_t *)out, 64, &len, statuses) == HM_STATUS_NULL_POINTER);
    CHECK(hm_diagnose(in, 24, NULL) == HM_STATUS_NULL_POINTER);
    CHECK(hm_diagnose(NULL, 24, &d) == HM_STATUS_NULL_POINTER);
    CHECK(hm_match(HM_FORMAT_AUTO, in, 36, NULL, 24, &result) == HM_STATUS_NULL_POINTER);
    CHECK(hm_match(HM_FORMAT_AUTO, in, 36, in, 24, NULL) == HM_STATUS_NULL_POINTER);
    /* Zero-length input through a valid pointer is a value, and an empty one. */
    CHECK(hm_convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, in, 0, (uint8_t *)out, 64, &len) == HM_STATUS_EMPTY);
}

static void test_bytes(void) {
    /* objectGUID of 02347d41-d494-480c-a212-6e645f458fdb as AD stores it. */
    const uint8_t guid[16] = {0x41, 0x7d, 0x34, 0x02, 0x94, 0xd4, 0x0c, 0x48, 0xa2, 0x12, 0x6e, 0x64, 0x5f, 0x45, 0x8f, 0xdb};
    uint8_t back[16];
    uint8_t many[16 * 3];
    char out[128];
    uint16_t wide[128];
    size_t len = 0, i;
    CHECK(hm_from_bytes(HM_FORMAT_IMMUTABLE_ID, guid, 16, (uint8_t *)out, sizeof out, &len) == HM_STATUS_OK);
    CHECK(strcmp(out, VECTORS[0][1]) == 0);
    CHECK(hm_to_bytes(HM_FORMAT_AUTO, (const uint8_t *)VECTORS[0][1], 24, back, 16) == HM_STATUS_OK);
    CHECK(memcmp(back, guid, 16) == 0);
    CHECK(hm_to_bytes(HM_FORMAT_AUTO, (const uint8_t *)VECTORS[0][1], 24, back, 15) == HM_STATUS_BUFFER_TOO_SMALL);
    memset(many, 0, sizeof many);
    memcpy(many + 16, guid, 16);
    CHECK(hm_immutable_ids_from_bytes(many, sizeof many, (uint8_t *)out, sizeof out, &len) == HM_STATUS_OK);
    CHECK(len == 72 && strcmp(out, "AAAAAAAAAAAAAAAAAAAAAA==QX00ApTUDEiiEm5kX0WP2w==AAAAAAAAAAAAAAAAAAAAAA==") == 0);
    CHECK(hm_immutable_ids_from_bytes(many, sizeof many, (uint8_t *)out, 72, &len) == HM_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == 72);
    CHECK(hm_immutable_ids_from_bytes_utf16(many, sizeof many, wide, 128, &len) == HM_STATUS_OK);
    for (i = 0; i < 24; i++) CHECK(wide[24 + i] == (uint16_t)VECTORS[0][1][i]);
    CHECK(hm_immutable_ids_from_bytes(many, 0, (uint8_t *)out, 1, &len) == HM_STATUS_OK);
    CHECK(len == 0 && out[0] == '\0');
}

static void test_batch(void) {
    const char *items[3] = {VECTORS[1][0], "not a guid", VECTORS[2][1]};
    char input[128] = "", out[128];
    size_t lens[3], len = 0, i;
    int32_t statuses[3];
    for (i = 0; i < 3; i++) {
        lens[i] = strlen(items[i]);
        strcat(input, items[i]);
    }
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, (const uint8_t *)input, strlen(input), lens, 3, (uint8_t *)out, sizeof out, &len, statuses) == HM_STATUS_BATCH_PARTIAL);
    CHECK(len == 72);
    CHECK(statuses[0] == HM_STATUS_OK && statuses[1] == HM_STATUS_UNRECOGNISED && statuses[2] == HM_STATUS_OK);
    CHECK(memcmp(out, VECTORS[1][1], 24) == 0 && out[24] == '\0' && memcmp(out + 48, VECTORS[2][1], 24) == 0);
    lens[0]++;
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, (const uint8_t *)input, strlen(input), lens, 3, (uint8_t *)out, sizeof out, &len, statuses) == HM_STATUS_LENGTH_MISMATCH);
    lens[0]--;
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, (const uint8_t *)input, lens[0], lens, 1, (uint8_t *)out, sizeof out, &len, statuses) == HM_STATUS_OK);
    CHECK(hm_convert_batch(HM_FORMAT_AUTO, HM_FORMAT_GUID, (const uint8_t *)input, strlen(input), lens, 3, (uint8_t *)out, 108, &len, statuses) == HM_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == 108);
}

static void test_diagnose_and_match(void) {
    HmDiagnosis d;
    int32_t result = -1;
    const char *v = "QX00ApTUDEiiEm5kX0WP2w";
    const char *rfc = "AjR9QdSUSAyiEm5kX0WP2w==";
    CHECK(hm_diagnose((const uint8_t *)v, strlen(v), &d) == HM_STATUS_OK);
    CHECK(d.verdict == HM_VERDICT_REPAIRABLE && d.finding == HM_STATUS_MISSING_PADDING);
    CHECK(strcmp((const char *)d.corrected, VECTORS[0][1]) == 0 && d.reason[0] != 0);
    CHECK(hm_diagnose((const uint8_t *)"EMP4711", 7, &d) == HM_STATUS_OK);
    CHECK(d.verdict == HM_VERDICT_STRING_ANCHOR && d.corrected[0] == 0);
    CHECK(hm_match(HM_FORMAT_GUID, (const uint8_t *)VECTORS[0][0], 36, (const uint8_t *)VECTORS[0][1], 24, &result) == HM_STATUS_OK);
    CHECK(result == HM_MATCH_MATCH);
    CHECK(hm_match(HM_FORMAT_GUID, (const uint8_t *)VECTORS[0][0], 36, (const uint8_t *)rfc, 24, &result) == HM_STATUS_OK);
    CHECK(result == HM_MATCH_BYTE_ORDER_SWAPPED);
    CHECK(hm_match(HM_FORMAT_GUID, (const uint8_t *)VECTORS[0][0], 36, (const uint8_t *)VECTORS[1][1], 24, &result) == HM_STATUS_OK);
    CHECK(result == HM_MATCH_DIFFERENT);
    CHECK(hm_match(HM_FORMAT_GUID, (const uint8_t *)VECTORS[0][0], 36, (const uint8_t *)v, strlen(v), &result) == HM_STATUS_MISSING_PADDING);
}

#define THREADS 8
#define ROUNDS 20000

static void *hammer(void *arg) {
    size_t offset = (size_t)arg, r;
    long bad = 0;
    for (r = 0; r < ROUNDS; r++) {
        const char *const *v = VECTORS[(r + offset) % NVECTORS];
        char out[64];
        size_t len = 0;
        if (convert(HM_FORMAT_AUTO, HM_FORMAT_IMMUTABLE_ID, v[0], out, sizeof out, &len) != HM_STATUS_OK || strcmp(out, v[1]) != 0) bad++;
        if (convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, v[1], out, sizeof out, &len) != HM_STATUS_OK || strcmp(out, v[0]) != 0) bad++;
        if (convert(HM_FORMAT_AUTO, HM_FORMAT_GUID, "QX00ApTUDEiiEm5kX0WP2w", out, sizeof out, &len) != HM_STATUS_MISSING_PADDING) bad++;
    }
    return (void *)bad;
}

static void test_threads(void) {
    pthread_t threads[THREADS];
    size_t t;
    for (t = 0; t < THREADS; t++) CHECK(pthread_create(&threads[t], NULL, hammer, (void *)t) == 0);
    for (t = 0; t < THREADS; t++) {
        void *bad = NULL;
        CHECK(pthread_join(threads[t], &bad) == 0);
        CHECK(bad == NULL);
    }
}

int main(void) {
    test_vectors();
    test_utf16();
    test_statuses();
    test_every_value_status();
    test_explain();
    test_small_buffers();
    test_null_pointers();
    test_bytes();
    test_batch();
    test_diagnose_and_match();
    test_threads();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
