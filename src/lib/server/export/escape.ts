/** Escaping for the text formats; every string in an export comes from untrusted articles. */

/** Characters XML 1.0 forbids outright (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xml(value: unknown): string {
	return String(value ?? '')
		.replace(XML_INVALID, '\uFFFD')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** For formats whose text fields are HTML (TimelineJS renders headline and text as markup). */
export function html(value: unknown): string {
	return String(value ?? '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** JSON that stays inert inside an HTML <script> block: no `</script>`, no `<!--`, no line separators. */
export function scriptSafeJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
