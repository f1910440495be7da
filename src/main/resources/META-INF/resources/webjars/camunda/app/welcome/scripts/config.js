// impexflow: welcome in French first (English selectable from the header of our pages), with our name.
import { webappConfig } from '/js/webapp-language.js';

export default webappConfig({ fr: 'Accueil', en: 'Welcome' });
