/** Fills `{name}` placeholders; an unknown name is a bug in a template, so it throws. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		const value = values[key];
		if (value === undefined) throw new Error(`template placeholder {${key}} has no value`);
		return value;
	});
}
