/**
 * @module The Rapport blocks in the block editor, without a build step: each block shows
 * a labelled placeholder and its text settings; the page gets the real element from the
 * server-side render in rapport.php. The list of blocks comes from rapport.php
 * (window.rapportBlocks), so PHP stays the one place that names them.
 */
(function (blocks, element, blockEditor) {
  var el = element.createElement;
  (window.rapportBlocks || []).forEach(function (block) {
    var attributes = {};
    block.attributes.forEach(function (name) {
      attributes[name] = { type: 'string', default: '' };
    });
    blocks.registerBlockType(block.name, {
      apiVersion: 2,
      title: block.title,
      category: 'widgets',
      icon: 'format-chat',
      attributes: attributes,
      edit: function (props) {
        var fields = block.attributes.map(function (name) {
          return el('label', { key: name, style: { display: 'block', marginTop: '8px' } }, name + ' ',
            el('input', {
              type: 'text',
              value: props.attributes[name],
              onChange: function (event) {
                var change = {};
                change[name] = event.target.value;
                props.setAttributes(change);
              },
            }));
        });
        return el('div', blockEditor.useBlockProps({ style: { padding: '12px', border: '1px dashed #999' } }), el('strong', null, block.title), fields);
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor);
