#include "check.h"

#include <string.h>

/* s in double quotes, with CR, LF and other control bytes escaped (a
 * status line ends in CRLF); cut short if the buffer is. */
static void put_quoted(char *buf, size_t size, const char *s)
{
	size_t n = 0;
	buf[n++] = '"';
	for (; *s && n + 6 < size; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\r' || c == '\n')
			n += (size_t)snprintf(buf + n, size - n, "\\%c", c == '\r' ? 'r' : 'n');
		else if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x", c);
		else
			buf[n++] = (char)c;
	}
	buf[n++] = '"';
	buf[n] = '\0';
}

static void describe_input(char *buf, size_t size, const struct result *r, size_t i)
{
	const struct stream *st = r->stream;
	if (st->keys)
		put_quoted(buf, size, st->keys[i].text);
	else if (r->op->input == CODES_AND_METHODS)
		snprintf(buf, size, "method %d, code %d", st->methods[i], st->codes[i]);
	else
		snprintf(buf, size, "code %d", st->codes[i]);
}

static void describe_answer(char *buf, size_t size, const struct answer *a)
{
	int n = snprintf(buf, size, "%lld", a->number);
	if (a->has_text && n > 0 && (size_t)n + 3 < size) {
		memcpy(buf + n, ", ", 3);
		put_quoted(buf + n + 2, size - (size_t)n - 2, a->text);
	}
}

/* The implementation whose answers impl must give: libhttpstatus's, or
 * the one it names. */
static const struct impl *reference(const struct operation *op, const struct impl *impl)
{
	for (size_t i = 0; impl->answers_as && i < op->impl_count; i++)
		if (strcmp(op->impls[i].id, impl->answers_as) == 0)
			return &op->impls[i];
	return &op->impls[0];
}

static bool same(const struct answer *a, const struct answer *b)
{
	return a->number == b->number && a->has_text == b->has_text &&
	       (!a->has_text || strcmp(a->text, b->text) == 0);
}

bool check_answers(const struct result *results, size_t count, FILE *err, size_t *inputs)
{
	bool ok = true;
	*inputs = 0;
	for (size_t p = 0; p < count; p++) {
		const struct result *r = &results[p];
		const struct impl *ref = reference(r->op, r->impl);
		if (r->skipped || r->impl == ref || r->impl->own_answers)
			continue;
		for (size_t i = 0; i < r->stream->count; i++) {
			struct answer want, got;
			ref->answer(r->stream, i, &want);
			r->impl->answer(r->stream, i, &got);
			++*inputs;
			if (same(&want, &got))
				continue;
			char input[200], w[200], g[200];
			describe_input(input, sizeof input, r, i);
			describe_answer(w, sizeof w, &want);
			describe_answer(g, sizeof g, &got);
			fprintf(err,
				"httpstatus-bench: %s, stream %s, %s (%s): input %s (#%zu): "
				"%s answers %s, %s answers %s\n",
				r->op->id, r->stream->name, r->impl->id, r->impl->symbol, input, i,
				ref->label, w, r->impl->label, g);
			ok = false;
			break;
		}
	}
	return ok;
}
