/**
 * English text of the builder's picture field and ready-made sections (src/app/officer/builder/ImageField.tsx
 * and BlockPicker.tsx), loaded only inside the officer area (src/app/officer/officer-text.ts).
 */
export const enOfficerImages = {
  formImage: {
    fileLabel: 'Picture (optional)',
    fileHint: 'A PNG, JPEG or WebP picture of at most {{limit}}. Tablets keep it so it shows offline.',
    uploading: 'Uploading the picture…',
    uploaded: 'Picture uploaded ({{size}}).',
    wrongType: '“{{name}}” is not a PNG, JPEG or WebP picture. Choose a picture in one of those formats.',
    tooLarge: '“{{name}}” is {{size}}. A picture can be at most {{limit}}: make it smaller and choose it again.',
    preview: 'The picture as uploaded',
    altLabel: 'Describe the picture for someone who cannot see it',
    altHint: 'Say what the picture shows that matters to the question, in a sentence or two. Required.',
    remove: 'Remove picture',
    removed: 'Picture removed.',
  },
  formBlocks: {
    open: 'Add a ready-made section',
    title: 'Add a ready-made section',
    intro:
      'Each section adds its questions to the end of the form. You can change them afterwards like any other question.',
    choose: 'Choose a section',
    add: 'Add section',
    cancel: 'Cancel',
    nothingChosen: 'Choose a section to add',
    alreadyThere: 'This form already has every question of “{{title}}”.',
    added_one: 'Added “{{title}}”: {{count}} question.',
    added_other: 'Added “{{title}}”: {{count}} questions.',
  },
};
