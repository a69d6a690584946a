// The person's participations (linking to the events) and relationships, below the form.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/router';
import { Icon } from '../../ui/icons';
import type { ParticipationItem, RelationshipItem } from './personDetail';

export function PersonParticipations({ items }: { items: readonly ParticipationItem[] }) {
  const { t } = useTranslation();
  return (
    <section className="person-section" aria-labelledby="person-participations-title">
      <h3 id="person-participations-title" className="person-section__title">
        {t('people.participations.title')}
        <span className="badge">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{t('people.participations.none')}</p>
      ) : (
        <ul className="person-list" aria-label={t('people.participations.title')}>
          {items.map(({ participation, event, parent }) => (
            <li key={participation.id} className="person-list__item">
              <div className="person-list__main">
                <a href={routeHref('events', event.id)} className="person-list__link">
                  {event.name}
                </a>
                <span className="person-list__meta">
                  {t(`enums.eventKind.${event.kind}`)}
                  {parent && ` · ${t('people.participations.partOf', { event: parent.name })}`}
                </span>
              </div>
              <div className="person-list__tags">
                <span className="badge">{t(`enums.role.${participation.role}`)}</span>
                <span className={`badge status status--${participation.status}`}>
                  {t(`enums.status.${participation.status}`)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PersonRelationships({ items }: { items: readonly RelationshipItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="person-section" aria-labelledby="person-relationships-title">
      <h3 id="person-relationships-title" className="person-section__title">
        {t('people.relationships.title')}
        <span className="badge">{items.length}</span>
      </h3>
      <ul className="person-list" aria-label={t('people.relationships.title')}>
        {items.map(({ relationship, other, otherName }) => (
          <li key={relationship.id} className="person-list__item">
            <div className="person-list__main">
              {otherName === null ? (
                <span className="muted">{t('people.relationships.missing')}</span>
              ) : (
                <a
                  href={routeHref(other.type === 'person' ? 'people' : 'organisations', other.id)}
                  className="person-list__link"
                >
                  <Icon name={other.type === 'person' ? 'people' : 'organisations'} size={14} />
                  {otherName}
                </a>
              )}
              {relationship.label.trim() !== '' && (
                <span className="person-list__meta">{relationship.label}</span>
              )}
            </div>
            <div className="person-list__tags">
              <span className="badge">{t(`enums.relationshipKind.${relationship.kind}`)}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
