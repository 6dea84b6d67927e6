import { describe, expect, it } from 'vitest';
import { pageScripts, staticImports } from './bundleSize';

describe('pageScripts', () => {
	it.each([
		['a script tag', '<script type="module" src="/app.js"></script>', null, ['/app.js']],
		[
			'modulepreload links, not stylesheets',
			'<link rel="modulepreload" href="./a.js"><link href="./b.css" rel="stylesheet">',
			null,
			['./a.js']
		],
		[
			'imports of an inline boot script',
			'<script>Promise.all([import("./_app/start.js"), import("./_app/app.js")])</script>',
			null,
			['./_app/start.js', './_app/app.js']
		],
		[
			'modulepreloads of the Link header (CSP hash mode puts them there)',
			'<html></html>',
			'<./x.css>; rel="preload"; as="style"; nopush, <./_app/c.js>; rel="modulepreload"; nopush',
			['./_app/c.js']
		]
	])('finds %s', (_, html, link, expected) => {
		expect(pageScripts(html, link)).toEqual(expected);
	});
});

describe('staticImports', () => {
	it.each([
		['import{a as b}from"../chunks/X.js";', ['../chunks/X.js']],
		['export{i as load_css}from"./Y.js";import"./side.js"', ['./Y.js', './side.js']],
		['const lazy=()=>import("./lazy.js");', []],
		['import x from "node:fs"', []]
	])('of %s', (code, expected) => {
		expect(staticImports(code)).toEqual(expected);
	});
});
