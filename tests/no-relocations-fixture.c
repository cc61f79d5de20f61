/* What libhttpstatus's tables must never be: a table of pointers, which in
 * a position-independent build needs relocations. test-no-relocations
 * checks that it notices this one. */
extern const char *const no_relocations_fixture[];
const char *const no_relocations_fixture[] = {"Continue", "Switching Protocols"};
