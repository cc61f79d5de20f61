/* The words the shells' completions offer as queries (--complete). Uses the
 * public API only. */
#ifndef HTTPSTATUS_CLI_COMPLETE_H
#define HTTPSTATUS_CLI_COMPLETE_H

/* One a line on stdout: the classes; every code, registered or with
 * unofficial uses, followed by its names in lower case (a use's qualified by
 * its source where a registered code has its name, aws_elb_unauthorized);
 * then the method tokens, in their own case. */
void print_completions(void);

#endif
