/**
 * The components every MDX article gets by name (`<Content components={articleMdxComponents} />`).
 * Their props are listed, with what the content check accepts, in src/lib/articles/components.ts;
 * the two lists must name the same components (a unit test holds them together).
 */
import ChainMap from './ChainMap.astro';
import KeyFigures from './KeyFigures.astro';
import MiniMap from './MiniMap.astro';
import OpportunityList from './OpportunityList.astro';
import PolicyCard from './PolicyCard.astro';

export const articleMdxComponents = { KeyFigures, ChainMap, MiniMap, OpportunityList, PolicyCard };
