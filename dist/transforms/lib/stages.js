import { covers } from './paths.js';
/** The stage and every stage built FROM it, directly or not: the images that contain its layers. */
export function stageAndDescendants(doc, stage) {
    const stages = new Set([stage]);
    for (const s of doc.stages)
        if (s.baseStage !== null && stages.has(s.baseStage))
            stages.add(s.index);
    return stages;
}
/**
 * The trees of a stage that reach the image though its layers do not: those a shipping stage copies from it or
 * from a stage built on it. 'all' when its layers ship.
 */
export function shippedTrees(doc, stage) {
    // Instructions before any FROM (stage -1) build nothing.
    if (!doc.stages[stage])
        return [];
    if (doc.stages[stage].ships)
        return 'all';
    const trees = [];
    for (const s of stageAndDescendants(doc, stage)) {
        for (const copy of doc.stages[s].copiedBy)
            if (doc.stages[copy.stage].ships)
                trees.push(...copy.paths);
    }
    return trees;
}
/** Some of `paths`, as a RUN of the stage leaves them, reach the image (always with --all-stages). */
export function shipsAnyOf(doc, stage, paths, allStages) {
    const trees = allStages ? 'all' : shippedTrees(doc, stage);
    return trees === 'all' || trees.some((tree) => paths.some((path) => covers(tree, path)));
}
/**
 * Every stage that holds files of this one: built FROM it, or copying from it (or from those), transitively.
 * What any of them runs may read what a RUN of this stage leaves behind.
 */
export function stagesHolding(doc, stage) {
    const holding = stageAndDescendants(doc, stage);
    for (let grew = true; grew;) {
        grew = false;
        for (const s of [...holding]) {
            for (const copy of doc.stages[s]?.copiedBy ?? []) {
                if (holding.has(copy.stage))
                    continue;
                for (const t of stageAndDescendants(doc, copy.stage))
                    holding.add(t);
                grew = true;
            }
        }
    }
    return holding;
}
