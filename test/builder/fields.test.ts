/**
 * The builder's form comes from custom-elements.json: every widget and every
 * attribute appears, each with an editor's label and the control its type needs.
 */
import {expect} from '@open-wc/testing';
import {settingText, WIDGETS} from '../../demo/builder/catalogue.js';
import {fieldsFor, groupedWidgets, literals, PAGE_LEVEL, plain, widgetElements, type Field} from '../../demo/builder/fields.js';
import {languageChoices, countryGroups} from '../../demo/builder/locales.js';
import {loadManifest} from './manifest.js';

describe('builder fields from the manifest', () => {
  it('lists every widget once, by readable name and description, in the README groups', async () => {
    const elements = widgetElements(await loadManifest());
    expect(elements.size).to.equal(17);
    const groups = groupedWidgets(elements);
    expect(groups.map((g) => g.label)).to.deep.equal([
      'The four the charity named first',
      'Safety',
      "The article's explaining parts",
      "The article's coping tools",
    ]);
    const listed = groups.flatMap((g) => g.tags);
    expect([...listed].sort()).to.deep.equal([...elements.keys()].sort());
    for (const tag of elements.keys()) {
      expect(WIDGETS[tag], tag).to.exist;
      expect(WIDGETS[tag]!.name, tag).not.to.match(/ms-|`/);
      expect(WIDGETS[tag]!.description, tag).not.to.contain('`');
    }
  });

  it('gives every attribute of every widget a field with a plain label and hint (no raw names, no backticks)', async () => {
    const elements = widgetElements(await loadManifest());
    for (const [tag, el] of elements) {
      const fields = fieldsFor(tag, el);
      const names = (el.attributes ?? []).map((a) => a.name).filter((n) => !PAGE_LEVEL.has(n));
      expect(fields.map((f) => f.name), tag).to.deep.equal(names);
      for (const f of fields) {
        // A new attribute needs an editor's wording in demo/builder/catalogue.ts.
        expect(settingText(tag, f.name), `catalogue entry for ${tag} ${f.name}`).to.exist;
        expect(f.label, `${tag} ${f.name}`).not.to.equal(f.name);
        expect(f.label, `${tag} ${f.name}`).to.match(/^[A-Z]/);
        expect(`${f.label} ${f.hint}`, `${tag} ${f.name}`).not.to.contain('`');
      }
    }
  });

  it('uses a switch for booleans, a select with named choices for unions, number fields with ranges', async () => {
    const elements = widgetElements(await loadManifest());
    const byName = (tag: string) => new Map(fieldsFor(tag, elements.get(tag)!).map((f) => [f.name, f] as [string, Field]));
    for (const [tag, el] of elements) {
      const fields = byName(tag);
      for (const attr of el.attributes ?? []) {
        const f = fields.get(attr.name);
        if (!f) continue;
        if (attr.type?.text === 'boolean') expect(f.control, `${tag} ${attr.name}`).to.equal('switch');
        const values = literals(attr.type?.text);
        if (values.length) {
          expect(f.control, `${tag} ${attr.name}`).to.equal('select');
          // The hint is the editor's, not the developer docs that name raw values.
          expect(f.hint, `${tag} ${attr.name}`).not.to.equal(plain(attr.description ?? ''));
          expect(f.options!.map((o) => o.value)).to.deep.equal(values);
          for (const o of f.options!) expect(o.label, `${tag} ${attr.name}=${o.value}`).not.to.equal(o.value);
        }
      }
      if (fields.has('heading-level')) expect(fields.get('heading-level')!.control, tag).to.equal('level');
      if (fields.has('country')) expect(fields.get('country')!.control, tag).to.equal('country');
    }
    const pacer = byName('ms-breathing-pacer');
    expect(pacer.get('preset')!.control).to.equal('select');
    expect(pacer.get('preset')!.options!.map((o) => o.value)).to.include.members(['calm', 'box', '4-7-8', 'resonance']);
    expect(pacer.get('hold-in')).to.include({control: 'number', min: 0, max: 20});
    expect(pacer.get('minutes')).to.include({control: 'number', min: 0, max: 60});
    expect(byName('ms-coping-steps').get('step')).to.include({control: 'number', min: 1, max: 8});
    expect(byName('ms-support-link').get('href')).to.include({control: 'url'});
    expect(byName('ms-support-link').get('href')!.required).to.be.a('string');
  });

  it('names each language in itself and lists countries, those with a crisis line first', () => {
    const languages = languageChoices();
    const label = (code: string) => languages.find((l) => l.value === code)!.label;
    expect(languages.map((l) => l.value)).to.include.members(['en', 'fr', 'de', 'es', 'it', 'nl', 'ar']);
    expect(label('de')).to.match(/^Deutsch/);
    expect(label('fr')).to.match(/^Français/);
    expect(label('ar')).to.match(/^العربية/);
    expect(languages.find((l) => l.value === 'ar')!.dir).to.equal('rtl');
    const [withLines, others] = countryGroups();
    expect(withLines!.choices.map((c) => c.value)).to.include.members(['GB', 'US', 'DE', 'FR']);
    expect(withLines!.choices.find((c) => c.value === 'GB')!.label).to.equal('United Kingdom');
    expect(others!.choices.length).to.be.above(150);
    expect(others!.choices.map((c) => c.value)).to.include('BE').and.not.include('EU');
  });
});
