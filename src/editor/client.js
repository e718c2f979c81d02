// The browser editor's own parts, added to Decap CMS: form controls for the guide's fields
// (bilingual text side by side, dropdowns, date pickers, Markdown previews), the content checks'
// errors shown on their fields, and the live preview of the entry's page.
/* global CMS, h, createClass */

const config = await (await fetch('/config.json')).json();
const { url: previewUrl } = await (await fetch('/preview.json')).json();

// ---- Problems found by the content checks, by field --------------------------------------

/** Field paths that have a control of their own (`investment.amount`, `title`, …). */
const fieldPaths = new Set();
(function collect(fields) {
  for (const field of fields ?? []) {
    if (field.atlas_path !== undefined && !field.atlas_path.includes('[]')) fieldPaths.add(field.atlas_path);
    collect(field.fields);
  }
})(config.collections.flatMap((collection) => [...(collection.fields ?? []), ...(collection.files ?? []).flatMap((file) => file.fields)]));
fieldPaths.add('');

/** atlas_path → messages to show on that field. */
let problemsByField = new Map();
const listeners = new Set();
let liveChecking = false;

const say = (message) => (message.zh === message.en ? message.zh : `${message.zh} / ${message.en}`);

function showProblems(problems) {
  problemsByField = new Map();
  const elsewhere = [];
  for (const problem of problems) {
    if (problem.file) {
      elsewhere.push(`${problem.file}${problem.line ? `:${problem.line}` : ''} ${problem.field}: ${say(problem.message)}`);
      continue;
    }
    // Inside a list the message goes on the list, naming the item.
    const index = problem.path.findIndex((segment) => typeof segment === 'number');
    const head = (index === -1 ? problem.path : problem.path.slice(0, index)).join('.');
    let key = head;
    while (!fieldPaths.has(key)) key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    if (key === '' && problem.field !== 'id' && problem.path.length > 0) {
      elsewhere.push(`${problem.field}: ${say(problem.message)}`);
      continue;
    }
    const where = index === -1 ? (problem.path.join('.') === key ? '' : `${problem.path.slice(key.split('.').length).join('.')}：`) : `第 ${problem.path[index] + 1} 项 / item ${problem.path[index] + 1}${problem.path.length > index + 1 ? ` · ${problem.path.slice(index + 1).join('.')}` : ''}：`;
    const target = problem.field === 'id' && problem.path.length <= 1 ? 'id' : key;
    problemsByField.set(target, [...(problemsByField.get(target) ?? []), `${where}${say(problem.message)}`]);
  }
  renderBanner(elsewhere);
  for (const listener of listeners) listener();
}

function renderBanner(lines) {
  let banner = document.getElementById('atlas-problems');
  if (!banner) {
    banner = document.createElement('div');
    banner.id = 'atlas-problems';
    banner.setAttribute('role', 'alert');
    document.body.append(banner);
  }
  banner.hidden = lines.length === 0;
  banner.replaceChildren(
    Object.assign(document.createElement('strong'), { textContent: '其他问题 / Other problems' }),
    ...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })),
  );
}

function errorsFor(field) {
  const key = field.get('name') === 'id' && field.get('atlas_path') === '' ? 'id' : field.get('atlas_path');
  return problemsByField.get(key) ?? [];
}

/** The entry as the form holds it now, as the checks read it. */
function entryPayload(entry) {
  return {
    collection: entry.get('collection'),
    path: entry.get('newRecord') ? undefined : entry.get('path'),
    // JSON is YAML: the server reads the form's data with the same parser as a file.
    raw: JSON.stringify(entry.get('data').toJS()),
  };
}

async function checkEntry(entry) {
  const response = await fetch('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(entryPayload(entry)) });
  return (await response.json()).problems ?? [];
}

let checkTimer;
let latestEntry = () => undefined;
function checkSoon() {
  if (!liveChecking) return;
  clearTimeout(checkTimer);
  checkTimer = setTimeout(async () => {
    const entry = latestEntry();
    if (entry) showProblems(await checkEntry(entry));
  }, 400);
}

window.addEventListener('hashchange', () => {
  liveChecking = false;
  showProblems([]);
});

// ---- Controls ------------------------------------------------------------------------------

const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

/** What every control of the guide shares: the checks' errors on it, and re-checking as staff type. */
function control(spec) {
  return createClass({
    componentDidMount() {
      this.onProblems = () => this.props.validate();
      listeners.add(this.onProblems);
    },
    componentWillUnmount() {
      listeners.delete(this.onProblems);
    },
    isValid() {
      const own = spec.ownError?.(this.props);
      const messages = [...(own ? [own] : []), ...errorsFor(this.props.field)];
      return messages.length === 0 ? true : { error: { type: 'CUSTOM', message: messages.join('\n') } };
    },
    change(value) {
      this.props.onChange(value);
      latestEntry = this.props.getEntry ?? (() => undefined);
      checkSoon();
    },
    render() {
      latestEntry = this.props.getEntry ?? latestEntry;
      return spec.render.call(this, this.props);
    },
  });
}

const common = (props) => ({ onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle });

const StringControl = control({
  render(props) {
    const value = props.value ?? '';
    return h('input', { id: props.forID, type: 'text', className: props.classNameWrapper, value: String(plain(value)), onChange: (event) => this.change(event.target.value), ...common(props) });
  },
});

const NumberControl = control({
  render(props) {
    return h('input', { id: props.forID, type: 'text', inputMode: 'decimal', className: props.classNameWrapper, value: props.value ?? '', onChange: (event) => this.change(event.target.value), ...common(props) });
  },
});

const DateControl = control({
  render(props) {
    return h('input', { id: props.forID, type: 'date', className: props.classNameWrapper, value: props.value ?? '', onChange: (event) => this.change(event.target.value), ...common(props) });
  },
});

const BooleanControl = control({
  render(props) {
    const checked = props.value === undefined || props.value === null ? Boolean(props.field.get('default')) : Boolean(props.value);
    return h('label', { className: `atlas-check ${props.classNameWrapper}` },
      h('input', { id: props.forID, type: 'checkbox', checked, onChange: (event) => this.change(event.target.checked) }),
      h('span', null, checked ? '是 / yes' : '否 / no'));
  },
});

const SelectControl = control({
  render(props) {
    const options = plain(props.field.get('options')) ?? [];
    if (props.field.get('multiple')) {
      const chosen = new Set(plain(props.value) ?? []);
      const toggle = (value, on) => this.change(options.map((option) => option.value).filter((key) => (key === value ? on : chosen.has(key))));
      return h('fieldset', { id: props.forID, className: `atlas-choices ${props.classNameWrapper}` },
        ...options.map((option) => h('label', { key: option.value },
          h('input', { type: 'checkbox', value: option.value, checked: chosen.has(option.value), onChange: (event) => toggle(option.value, event.target.checked) }),
          ` ${option.label}`)));
    }
    const value = plain(props.value) ?? '';
    const known = options.some((option) => option.value === value);
    return h('select', { id: props.forID, className: props.classNameWrapper, value, onChange: (event) => this.change(event.target.value), ...common(props) },
      h('option', { value: '' }, props.field.get('required') === false ? '（不填 / none）' : '请选择… / choose…'),
      ...(known || value === '' ? [] : [h('option', { value }, `${value}（不在列表中 / not in the list）`)]),
      ...options.map((option) => h('option', { key: option.value, value: option.value }, option.label)));
  },
});

/** A picture's file: its `src` as text, a thumbnail, and an upload into the entry's images/ folder. */
const ImageControl = control({
  render(props) {
    const value = String(plain(props.value) ?? '');
    const collection = props.field.get('atlas_collection');
    const place = () => plain(props.entry?.getIn(['data', 'place'])) ?? '';
    const upload = async (file) => {
      if (!file) return;
      const data = await new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
        reader.readAsDataURL(file);
      });
      const response = await fetch('/api/upload', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ collection, place: place(), name: file.name, data }) });
      const answer = await response.json();
      if (response.ok) {
        this.setState({ uploadError: undefined });
        this.change(answer.src);
      } else this.setState({ uploadError: say(answer.error) });
    };
    const thumbnail = value ? `/api/picture?${new URLSearchParams({ collection, place: place(), src: value })}` : undefined;
    return h('div', { className: `atlas-image ${props.classNameWrapper}` },
      h('input', { id: props.forID, type: 'text', value, placeholder: 'images/….jpg', onChange: (event) => this.change(event.target.value), ...common(props) }),
      h('label', { className: 'atlas-upload' }, '上传图片 / Upload a picture ',
        h('input', { type: 'file', accept: 'image/jpeg,image/png,image/webp,image/avif', onChange: (event) => upload(event.target.files?.[0]) })),
      this.state?.uploadError ? h('p', { className: 'atlas-upload-error', role: 'alert' }, this.state.uploadError) : null,
      thumbnail ? h('img', { src: thumbnail, alt: '', className: 'atlas-thumbnail' }) : null);
  },
});

const previews = new Map();
function markdownPreview(text, update) {
  clearTimeout(previews.get(update));
  previews.set(update, setTimeout(async () => {
    const response = await fetch('/api/markdown', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    update((await response.json()).html);
  }, 250));
}

const BilingualControl = control({
  ownError(props) {
    const value = plain(props.value) ?? {};
    const required = props.field.get('required') !== false;
    if (required && !String(value.zh ?? '').trim()) return '中文必填 / Chinese is required';
    if (!String(value.zh ?? '').trim() && String(value.en ?? '').trim()) return '有英文就要有中文 / English needs the Chinese text too';
    return undefined;
  },
  render(props) {
    const value = plain(props.value) ?? {};
    const multiline = props.field.get('multiline');
    const markdown = props.field.get('markdown');
    const side = (language, title) => {
      const text = value[language] ?? '';
      const id = language === 'zh' ? props.forID : `${props.forID}-en`;
      const input = h(multiline ? 'textarea' : 'input', {
        id,
        lang: language === 'zh' ? 'zh-CN' : 'en',
        'aria-label': `${props.field.get('label')} — ${title}`,
        className: `atlas-text ${props.classNameWrapper}`,
        rows: markdown ? 6 : multiline ? 3 : undefined,
        value: text,
        onChange: (event) => {
          const next = { ...value, [language]: event.target.value };
          if (!next.en) delete next.en;
          this.change(next);
        },
        ...common(props),
      });
      const missing = language === 'en' && !String(text).trim() && String(value.zh ?? '').trim();
      return h('div', { className: 'atlas-side' },
        h('span', { className: 'atlas-language' }, title, missing ? h('em', { className: 'atlas-missing' }, '暂无英文 · English missing') : null),
        input,
        markdown ? h(MarkdownPreview, { text }) : null);
    };
    return h('div', { className: 'atlas-bilingual' }, side('zh', '中文'), side('en', 'English'));
  },
});

const MarkdownPreview = createClass({
  getInitialState() {
    return { html: '' };
  },
  componentDidMount() {
    this.refresh();
  },
  componentDidUpdate(previous) {
    if (previous.text !== this.props.text) this.refresh();
  },
  refresh() {
    markdownPreview(this.props.text ?? '', (html) => this.setState({ html }));
  },
  render() {
    // The server renders with the guide's own sanitising Markdown renderer.
    return h('div', { className: 'atlas-markdown', 'aria-label': 'Markdown 预览 / preview', dangerouslySetInnerHTML: { __html: this.state.html } });
  },
});

const showValue = (props) => h('span', null, String(plain(props.value) ?? ''));
CMS.registerWidget('atlas-string', StringControl, showValue);
CMS.registerWidget('atlas-number', NumberControl, showValue);
CMS.registerWidget('atlas-date', DateControl, showValue);
CMS.registerWidget('atlas-boolean', BooleanControl, showValue);
CMS.registerWidget('atlas-select', SelectControl, showValue);
CMS.registerWidget('atlas-image', ImageControl, showValue);
CMS.registerWidget('atlas-bilingual', BilingualControl, (props) => h('span', null, plain(props.value)?.zh ?? ''));

// ---- Saving: the content checks first -------------------------------------------------------

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const problems = await checkEntry(entry);
    showProblems(problems);
    if (problems.length > 0) {
      liveChecking = true;
      throw new Error(`未保存：${problems.length} 个问题，见各字段 / not saved: ${problems.length} problem(s), see the fields`);
    }
    return entry.get('data');
  },
});

// ---- Live preview of the entry's page --------------------------------------------------------

let savedAt = Date.now();
CMS.registerEventListener({ name: 'postSave', handler: () => { savedAt = Date.now(); } });

const PagePreview = createClass({
  getInitialState() {
    return { language: 'zh' };
  },
  render() {
    const { entry } = this.props;
    const collection = entry.get('collection');
    const id = entry.getIn(['data', 'id']);
    if (!previewUrl) return h('p', null, '预览未启动 / the preview is off');
    if (entry.get('newRecord') || !id) return h('p', { style: { font: '15px sans-serif', padding: '1rem' } }, '保存后这里显示本条目的页面。/ The entry’s page shows here once it is saved.');
    const page = `${previewUrl}/${this.state.language}/${collection}/${id}/`;
    const button = (language, label) => h('button', { type: 'button', 'aria-pressed': String(this.state.language === language), onClick: () => this.setState({ language }), style: { marginRight: '0.5rem' } }, label);
    return h('div', { style: { display: 'flex', flexDirection: 'column', height: '100vh', font: '14px sans-serif' } },
      h('div', { style: { padding: '0.5rem' } }, button('zh', '中文页面'), button('en', 'English page'), h('a', { href: page, target: '_blank', rel: 'noopener' }, page),
        h('p', { style: { margin: '0.25rem 0 0', color: '#555' } }, '显示已保存的版本 / shows the saved version')),
      h('iframe', { key: `${page}#${savedAt}`, title: 'page preview', src: page, style: { flex: 1, border: 0, width: '100%' } }));
  },
});
for (const collection of ['opportunities', 'regions', 'chains', 'policies']) CMS.registerPreviewTemplate(collection, PagePreview);

// The local backend has no accounts: skip Decap's login button.
if (!localStorage.getItem('decap-cms-user')) localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'proxy', name: 'local' }));
CMS.init({ config });
