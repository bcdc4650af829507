import { useEffect, useState } from 'preact/hooks';
import { glossaryRegistry } from '../../lib/glossaries/registry';
import { coursesFromCards, type Course } from '../../lib/study/courses';

/**
 * Every imported glossary that is switched on, as a course (its cards and sources), from the
 * glossary registry. Kept current when a glossary is added, switched, replaced or removed in
 * another tab. Null until read; a glossary the registry cannot read is left out, never a broken
 * page.
 */
export function useCourses(): Course[] | null {
  const [courses, setCourses] = useState<Course[] | null>(null);
  useEffect(() => {
    const registry = glossaryRegistry();
    let live = true;
    let latest = 0;
    const read = () => {
      const ticket = ++latest;
      registry.importedCards().then(
        (cards) => {
          // An older read that finishes late must not undo a newer one.
          if (live && ticket === latest) setCourses(coursesFromCards(cards));
        },
        () => live && ticket === latest && setCourses([]),
      );
    };
    read();
    const stop = registry.watch(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return courses;
}
