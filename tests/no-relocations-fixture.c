/* What libhttpstatus's objects must never hold: a table of pointers, which
 * in a position-independent build needs relocations, and a variable a
 * program writes, which needs RAM. test-no-relocations checks that it
 * notices both. */
extern const char *const no_relocations_fixture[];
const char *const no_relocations_fixture[] = {"Continue", "Switching Protocols"};
extern int no_relocations_fixture_counter;
int no_relocations_fixture_counter = 1;
