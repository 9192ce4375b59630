/**
 * Block editor side of the MS widgets blocks (plain JavaScript, no build step).
 *
 * Each block's metadata comes from its block.json (registered in PHP); this
 * file adds the editor: the live widget as the preview, and one inspector
 * control per attribute (select, toggle, number or text). The blocks are
 * dynamic, so `save` returns null: the post keeps only the block comment.
 *
 * The widgets' loader is added to whatever document shows the block, so the
 * preview works both in the editor canvas iframe and without one (WordPress
 * 6.1 does not always use an iframe).
 */
(function (wp, data) {
	'use strict';
	if (!wp || !wp.blocks || !data) return;

	var el = wp.element.createElement;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var Fragment = wp.element.Fragment;
	var blockEditor = wp.blockEditor;
	var components = wp.components;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;

	var TITLE_ATTRIBUTES = ['heading', 'heading-level', 'theme', 'lang', 'dir'];

	/** Adds the widgets' module script to a document once. */
	function ensureLoader(doc) {
		if (!doc || !doc.head || doc.querySelector('script[data-ms-numbness-widgets]')) return;
		var script = doc.createElement('script');
		script.type = 'module';
		script.src = data.loaderUrl;
		script.setAttribute('data-ms-numbness-widgets', data.version);
		doc.head.appendChild(script);
	}

	function isSet(value) {
		return value !== undefined && value !== null && value !== '' && value !== false;
	}

	/** A number the attribute accepts, or undefined. */
	function validNumber(spec, text) {
		if (text === '' || text === undefined || text === null) return undefined;
		var n = Number(text);
		if (!isFinite(n)) return undefined;
		if (spec.min !== undefined && n < spec.min) return undefined;
		if (spec.max !== undefined && n > spec.max) return undefined;
		if (spec.integer && Math.floor(n) !== n) return undefined;
		return n;
	}

	/** True when a link has one of the schemes the widget allows. */
	function validUrl(spec, text) {
		var match = /^([a-z][a-z0-9+.-]*):/i.exec(String(text || '').trim());
		return !!match && spec.schemes.indexOf(match[1].toLowerCase()) !== -1;
	}

	/** The element's HTML attributes for the preview, with the site's defaults where none is set. */
	function elementAttributes(widget, attributes) {
		var out = {};
		var names = {};
		widget.attributes.forEach(function (spec) {
			names[spec.name] = true;
			var value = attributes[spec.key];
			if (!isSet(value)) return;
			if (spec.kind === 'url' && !validUrl(spec, value)) return;
			out[spec.name] = value === true ? '' : String(value);
		});
		if (names.lang && !out.lang) out.lang = data.lang;
		if (names.theme && !out.theme && data.settings.theme) out.theme = data.settings.theme;
		if (names.country && !out.country && data.settings.country) out.country = data.settings.country;
		if (data.style && Object.keys(data.style).length) out.style = data.style;
		// A preview: the editor keeps the keyboard and the pointer (a click selects the block).
		out.inert = '';
		return out;
	}

	function defaultLabel(spec) {
		if (spec.name === 'lang') return sprintf(__('Default: the site language (%s)', 'ms-numbness-widgets'), data.lang);
		if (spec.name === 'theme' && data.settings.theme) return sprintf(__('Site default (%s)', 'ms-numbness-widgets'), data.settings.theme);
		if (spec.name === 'country') {
			return data.settings.country
				? sprintf(__('Site default (%s)', 'ms-numbness-widgets'), data.settings.country)
				: __('From the language', 'ms-numbness-widgets');
		}
		return spec.default !== undefined ? sprintf(__('Default (%s)', 'ms-numbness-widgets'), spec.default) : __('Default', 'ms-numbness-widgets');
	}

	/** One inspector control for one attribute. */
	function control(spec, attributes, setAttributes) {
		var value = attributes[spec.key];
		var set = function (next) {
			var change = {};
			change[spec.key] = next;
			setAttributes(change);
		};
		var common = {key: spec.key, label: spec.label, help: spec.help};
		if (spec.kind === 'boolean') {
			return el(components.ToggleControl, Object.assign(common, {
				checked: value === true,
				onChange: function (on) { set(on ? true : undefined); },
			}));
		}
		if (spec.kind === 'enum' || spec.kind === 'country') {
			var options = [{label: defaultLabel(spec), value: ''}];
			if (spec.kind === 'enum') {
				spec.values.forEach(function (v) { options.push({label: v, value: v}); });
			} else {
				Object.keys(data.countries).forEach(function (code) {
					options.push({label: data.countries[code] + ' (' + code + ')', value: code});
				});
			}
			return el(components.SelectControl, Object.assign(common, {
				value: isSet(value) ? String(value) : '',
				options: options,
				onChange: function (next) { set(next === '' ? undefined : next); },
			}));
		}
		if (spec.kind === 'number') {
			return el(components.TextControl, Object.assign(common, {
				type: 'number',
				min: spec.min,
				max: spec.max,
				step: spec.integer ? 1 : 'any',
				placeholder: spec.default !== undefined ? String(spec.default) : '',
				value: isSet(value) ? String(value) : '',
				onChange: function (text) {
					var n = validNumber(spec, text);
					if (text === '' || n !== undefined) set(n);
				},
			}));
		}
		var help = spec.help;
		if (spec.kind === 'url' && isSet(value) && !validUrl(spec, value)) {
			help = sprintf(__('This link is not used: it must start with %s.', 'ms-numbness-widgets'), spec.schemes.map(function (s) { return s + ':'; }).join(', '));
		}
		return el(components.TextControl, Object.assign(common, {
			type: spec.kind === 'url' ? 'url' : 'text',
			help: help,
			placeholder: spec.kind === 'lang' ? data.lang : '',
			value: isSet(value) ? String(value) : '',
			onChange: function (text) { set(text === '' ? undefined : text); },
		}));
	}

	function makeEdit(widget) {
		return function Edit(props) {
			var attributes = props.attributes;
			var ref = useRef(null);
			var blockProps = blockEditor.useBlockProps({className: 'ms-widgets-block'});
			useEffect(function () {
				if (ref.current) ensureLoader(ref.current.ownerDocument);
			}, []);
			var own = widget.attributes.filter(function (s) { return TITLE_ATTRIBUTES.indexOf(s.name) === -1; });
			var shared = widget.attributes.filter(function (s) { return TITLE_ATTRIBUTES.indexOf(s.name) !== -1; });
			var panels = [];
			if (own.length) {
				panels.push(el(components.PanelBody, {key: 'own', title: __('Widget settings', 'ms-numbness-widgets'), initialOpen: true},
					own.map(function (spec) { return control(spec, attributes, props.setAttributes); })));
			}
			panels.push(el(components.PanelBody, {key: 'shared', title: __('Title, language and theme', 'ms-numbness-widgets'), initialOpen: !own.length},
				shared.map(function (spec) { return control(spec, attributes, props.setAttributes); })));
			var hrefSpec = widget.attributes.filter(function (s) { return s.name === 'href'; })[0];
			var needsLink = widget.tag === 'ms-support-link' && hrefSpec && !validUrl(hrefSpec, attributes.href);
			return el(Fragment, null,
				el(blockEditor.InspectorControls, null, panels),
				el('div', blockProps,
					needsLink ? el('p', {className: 'ms-widgets-editor-note'}, sprintf(__('Add the link (%s) in the block settings: without it this widget shows nothing.', 'ms-numbness-widgets'), hrefSpec.schemes.map(function (s) { return s + ':'; }).join(', '))) : null,
					el(widget.tag, Object.assign({ref: ref}, elementAttributes(widget, attributes)))
				)
			);
		};
	}

	data.widgets.forEach(function (widget) {
		if (wp.blocks.getBlockType(widget.name)) return;
		wp.blocks.registerBlockType(widget.name, {
			title: widget.title,
			category: 'ms-widgets',
			edit: makeEdit(widget),
			save: function () { return null; },
		});
	});
})(window.wp, window.msNumbnessWidgets);
